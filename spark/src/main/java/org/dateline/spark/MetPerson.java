package org.dateline.spark;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dateline.link.KnownPeople;

/**
 * An unlinked person with roles as the link stage's memory ({@link KnownPeople}) sees one: a name
 * and the roles a report gave them, in a form Spark can ship between driver and executors.
 */
record MetPerson(String name, List<Role> roles) implements Serializable {

    /** A role: its title, and whose title it is (null when unsaid). */
    record Role(String title, String of) implements Serializable {
    }

    MetPerson {
        roles = List.copyOf(roles);
    }

    static MetPerson of(String name, Set<KnownPeople.RoleKey> roles) {
        return new MetPerson(name, roles.stream().map(role -> new Role(role.title(), role.of()))
                .sorted(java.util.Comparator.comparing(Role::title).thenComparing(role -> String.valueOf(role.of())))
                .toList());
    }

    Set<KnownPeople.RoleKey> roleKeys() {
        Set<KnownPeople.RoleKey> keys = new HashSet<>();
        roles.forEach(role -> keys.add(new KnownPeople.RoleKey(role.title(), role.of())));
        return keys;
    }
}
