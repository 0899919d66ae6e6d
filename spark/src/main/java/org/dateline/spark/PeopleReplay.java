package org.dateline.spark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.dateline.link.KnownPeople;

/**
 * The second, cheap pass of cross-report identity. On one machine the link stage's memory of
 * unlinked people ({@link KnownPeople}) sees every report in file order, and a later spelling of a
 * person with a shared role ("Ali Mahamane Lamine Zeine", prime minister of Niger) becomes the
 * node of the earlier one. The job gives each file a memory of its own, which keeps the questions
 * it was asked; here, on the driver, those questions are asked again of one memory in file order,
 * exactly as {@code ingest} asks them. A file whose answers come out otherwise is taken through
 * the pipeline again with a memory that starts with the people it met in earlier files: the same
 * function, so the same graphs as one machine, for the few files that need it.
 */
final class PeopleReplay {

    private PeopleReplay() {
    }

    /**
     * The files to take through the pipeline again, each with the people of earlier files its
     * memory must start with (in the order one machine remembered them).
     *
     * @param met the questions each file's memory was asked, by file index (files without any left out)
     */
    static Map<Long, List<MetPerson>> filesToRedo(Map<Long, List<MetPerson>> met) {
        KnownPeople global = new KnownPeople();
        Map<Long, List<MetPerson>> redo = new HashMap<>();
        for (Map.Entry<Long, List<MetPerson>> file : new TreeMap<>(met).entrySet()) {
            int before = global.size();
            KnownPeople own = new KnownPeople();
            boolean differs = false;
            TreeMap<Integer, KnownPeople.Person> earlier = new TreeMap<>();
            for (MetPerson person : file.getValue()) {
                Optional<KnownPeople.Person> onOneMachine = global.meet(person.name(), person.roleKeys());
                Optional<KnownPeople.Person> inTheJob = own.meet(person.name(), person.roleKeys());
                differs |= !nodeName(onOneMachine, person).equals(nodeName(inTheJob, person));
                onOneMachine.ifPresent(known -> {
                    int at = global.indexOf(known);
                    if (at < before) {
                        earlier.put(at, known);
                    }
                });
            }
            if (differs) {
                redo.put(file.getKey(), earlier.values().stream().map(p -> MetPerson.of(p.name(), p.roles())).toList());
            }
        }
        return redo;
    }

    /** What the map stage is told of the person: the name of the node it is, when not its own. */
    private static Optional<String> nodeName(Optional<KnownPeople.Person> known, MetPerson person) {
        return known.map(KnownPeople.Person::name).filter(name -> !name.equals(person.name()));
    }
}
