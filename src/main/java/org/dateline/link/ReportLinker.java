package org.dateline.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dateline.read.ReportDoc;
import org.dateline.understand.Understanding;

/**
 * The link stage for a report: links its publisher, dateline place and agency, and the entities
 * understood in its text. A link
 * is kept only when the item's type fits the slot (a publisher is an organisation, a dateline a
 * place or a country), so that the mapped report always satisfies its shapes.
 */
public final class ReportLinker {

    /** A report linker that links nothing (tests of the map stage alone, benchmarks of it). */
    public static final ReportLinker NONE = new ReportLinker(null);

    private final Linker linker;
    private final KnownPeople knownPeople;

    public ReportLinker(Linker linker) {
        this(linker, new KnownPeople());
    }

    /** @param knownPeople the unlinked people met so far (in this run, and in the store when seeded from it) */
    public ReportLinker(Linker linker, KnownPeople knownPeople) {
        this.linker = linker;
        this.knownPeople = knownPeople;
    }

    /** Links the report's metadata and every entity the understand stage found in its text. */
    public ReportLinks link(ReportDoc doc, Understanding understanding) {
        if (linker == null) {
            return ReportLinks.NONE;
        }
        String place = doc.dateline() == null ? null : doc.dateline().place();
        List<String> names = new ArrayList<>();
        for (String name : new String[] {doc.publisher(), doc.agencyName(), place}) {
            if (name != null) {
                names.add(name);
            }
        }
        understanding.mentions().forEach(mention -> names.add(mention.text()));
        ReportContext context = new ReportContext(names, place);
        Set<EntityType> organisation = Set.of(EntityType.ORGANIZATION);
        Map<String, Link> links = linkEntities(doc, understanding, context);
        return new ReportLinks(
                doc.publisher() == null ? null
                        : link(Mention.of(doc.publisher(), MentionType.ORGANIZATION), context, organisation),
                place == null ? null
                        : link(Mention.dateline(place), context, Set.of(EntityType.PLACE, EntityType.COUNTRY)),
                doc.agencyName() == null ? null
                        : link(Mention.of(doc.agencyName(), MentionType.ORGANIZATION), context, organisation),
                links, knownNames(understanding, links));
    }

    /** Unlinked people matched to a person another report named a little differently, and the rest remembered. */
    private Map<String, String> knownNames(Understanding understanding, Map<String, Link> links) {
        Map<String, String> known = new HashMap<>();
        for (org.dateline.understand.Entity entity : understanding.entities()) {
            if (entity.type() != org.dateline.understand.EntityType.PERSON || links.containsKey(entity.key())) {
                continue;
            }
            Set<KnownPeople.RoleKey> roles = new HashSet<>();
            understanding.roles().stream().filter(role -> role.person().equals(entity.key()))
                    .forEach(role -> roles.add(new KnownPeople.RoleKey(role.title(),
                            role.of() == null ? null : understanding.entity(role.of())
                                    .map(org.dateline.understand.Entity::name).orElse(null))));
            Optional<String> match = knownPeople.meet(entity.name(), roles).map(KnownPeople.Person::name);
            if (match.isPresent() && !match.get().equals(entity.name())) {
                known.put(entity.key(), match.get());
            }
        }
        return known;
    }

    /**
     * Each understood entity is linked by its preferred name, with the words around its first
     * mention and the role the report states for it (a role supports the office holder it names).
     */
    private Map<String, Link> linkEntities(ReportDoc doc, Understanding understanding, ReportContext context) {
        Map<String, Link> links = new HashMap<>();
        for (org.dateline.understand.Entity entity : understanding.entities()) {
            MentionType type = mentionType(entity.type());
            var first = understanding.mentions().stream().filter(m -> m.entity().equals(entity.key())).findFirst();
            String before = first.map(m -> wordsBefore(doc.body(), m.begin())).orElse("");
            String after = first.map(m -> wordsAfter(doc.body(), m.end())).orElse("");
            Mention mention = new Mention(entity.name(), type, statedRole(entity, understanding), false, before, after);
            Link link = link(mention, context, fits(entity.type()));
            if (link != null) {
                links.put(entity.key(), link);
            }
        }
        return links;
    }

    private static String statedRole(org.dateline.understand.Entity entity, Understanding understanding) {
        return understanding.roles().stream()
                .filter(role -> role.person().equals(entity.key()))
                .map(role -> role.of() == null ? role.title()
                        : role.title() + " of " + understanding.entity(role.of())
                                .map(org.dateline.understand.Entity::name).orElse(""))
                .findFirst().orElse(null);
    }

    private static MentionType mentionType(org.dateline.understand.EntityType type) {
        return switch (type) {
            case PERSON -> MentionType.PERSON;
            case ORGANIZATION -> MentionType.ORGANIZATION;
            case COUNTRY -> MentionType.COUNTRY;
            case PLACE -> MentionType.PLACE;
        };
    }

    /** The kinds of item an understood entity may be linked to: a person only to a person. */
    private static Set<EntityType> fits(org.dateline.understand.EntityType type) {
        return switch (type) {
            case PERSON -> Set.of(EntityType.PERSON);
            case ORGANIZATION -> Set.of(EntityType.ORGANIZATION);
            case COUNTRY -> Set.of(EntityType.COUNTRY);
            case PLACE -> Set.of(EntityType.PLACE, EntityType.COUNTRY);
        };
    }

    private static final int CONTEXT_CHARS = 30;

    /** A few words before a code-point offset of the body (the linker's context window). */
    private static String wordsBefore(String body, int codePoint) {
        int at = body.offsetByCodePoints(0, codePoint);
        return body.substring(Math.max(0, at - CONTEXT_CHARS), at).strip();
    }

    private static String wordsAfter(String body, int codePoint) {
        int at = body.offsetByCodePoints(0, codePoint);
        return body.substring(at, Math.min(body.length(), at + CONTEXT_CHARS)).strip();
    }

    private Link link(Mention mention, ReportContext context, Set<EntityType> fits) {
        Optional<Link> link = linker.link(mention, context);
        return link.filter(l -> fits.contains(l.type())).orElse(null);
    }
}
