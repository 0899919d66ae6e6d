package org.dateline.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dateline.TestReports;
import org.dateline.read.ReportDoc;
import org.dateline.understand.Entity;
import org.dateline.understand.Role;
import org.dateline.understand.Understanding;
import org.dateline.validate.ShapeValidator;
import org.dateline.validate.ValidationOutcome;
import org.junit.jupiter.api.Test;

/**
 * Every name of every entry of the bundled gazetteer (its label, aliases and demonyms) through the
 * link stage in every reading the linker knows: no name may throw, every link must name an entry
 * of the gazetteer with the entry's own label and type, and the reports must map to graphs that
 * conform to the shapes. A capital whose country the gazetteer lacked crashed the stage (issue 15);
 * this finds that class of fault for every entry before a report does.
 * <p>
 * No language engine: each report is built with the understanding the engine would give it, one
 * entity per name, typed as the reading types it, with the words around it that make the reading.
 * Each report also names two countries, so that it is about several countries and a capital may
 * stand for its government. Every name is linked in every reading; mapping and validating every
 * report would take minutes, so the graphs checked are every report in which a name was read as
 * something of another type than its mention (a capital as its government: where issue 15 was),
 * and a fixed stride of the others, which covers every reading and every entry type.
 */
class EveryGazetteerNameTest {

    private static final Gazetteer GAZETTEER = Gazetteer.bundled();
    private static final GazetteerLinker LINKER = new GazetteerLinker(GAZETTEER);
    private static final ShapeValidator VALIDATOR = ShapeValidator.bundled();
    /** Names per report of a reading of running text. */
    private static final int NAMES_PER_REPORT = 20;
    /** Of the reports whose links hold no surprise, every this many-th is mapped and validated. */
    private static final int GRAPH_STRIDE = 10;
    /** Of the one-name reports of metadata, every this many-th is mapped and validated. */
    private static final int METADATA_STRIDE = 25;
    /** Named in every report: two countries make the report international, as issue 15's was. */
    private static final List<String> COUNTRIES = List.of("Serbia", "France");

    /** How the words around a name make the linker read it; each reading makes its own reports. */
    enum Reading {
        /** "Officials said Pristina rejected ...": a capital stands for its government. */
        GOVERNMENT_SPEAKING(org.dateline.understand.EntityType.PLACE, "Officials said ", " rejected the accusation."),
        /** "... over Pristina's demands", tagged as an organisation: the government again. */
        GOVERNMENT_ACTING(org.dateline.understand.EntityType.ORGANIZATION, "Talks stalled over ", "'s demands."),
        /** "The minister visited Pristina ...": the place. */
        PLACE_VISITED(org.dateline.understand.EntityType.PLACE, "The minister visited ", " on Monday."),
        /** "Relations with Kosovo ...": a country, as the engine also hands a demonym on. */
        COUNTRY_NAMED(org.dateline.understand.EntityType.COUNTRY, "Relations with ", " worsened."),
        /** "President Osmani said ...", with the role the text states (which supports a president). */
        PERSON_WITH_ROLE(org.dateline.understand.EntityType.PERSON, "President ", " said on Friday.");

        final org.dateline.understand.EntityType type;
        final String before;
        final String after;

        Reading(org.dateline.understand.EntityType type, String before, String after) {
            this.type = type;
            this.before = before;
            this.after = after;
        }
    }

    /**
     * One report the link stage has linked, to be mapped and validated.
     *
     * @param surprise a name was linked to an item of another type than its mention's (a capital to its country)
     */
    private record Linked(String what, ReportDoc doc, Understanding understanding, ReportLinks links, boolean surprise) {
    }

    /** What the sweep found and how much of it there was. */
    private static final class Sweep {
        final List<String> faults = new ArrayList<>();
        final Map<String, Integer> counts = new java.util.TreeMap<>();
        final Set<EntityType> linkedTypes = new HashSet<>();
        final List<String> unnamed = new ArrayList<>();
        final Set<EntityType> mappedTypes = new HashSet<>();

        void count(String what) {
            counts.merge(what, 1, Integer::sum);
        }
    }

    @Test
    void everyNameInEveryReadingLinksWithoutFaultAndMapsToAConformingGraph() {
        long start = System.nanoTime();
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        List<String> names = allNames();
        Sweep sweep = new Sweep();
        List<Linked> graphs = new ArrayList<>();
        List<List<String>> reports = reports(names);
        for (Reading reading : Reading.values()) {
            for (int i = 0; i < reports.size(); i++) {
                Linked linked = linkText(reading, reports.get(i), i, sweep);
                if (mappable(linked, sweep) && (linked.surprise() || i % GRAPH_STRIDE == 0)) {
                    graphs.add(linked);
                    sweep.count("graphs of " + reading + (linked.surprise() ? " (surprise)" : ""));
                }
            }
        }
        Set<String> outcomes = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            Linked linked = linkMetadata(names.get(i), sweep);
            // One report per name: the first of each outcome (what the dateline, publisher and
            // agency linked to, by type) and a stride of the rest.
            if (mappable(linked, sweep) && (outcomes.add(outcome(linked.links())) || i % METADATA_STRIDE == 0)) {
                graphs.add(linked);
                sweep.count("graphs of metadata");
            }
        }
        for (String name : names) {
            linkNationality(name, sweep);
            linkNationality(name + "s", sweep);
        }
        long linkedAt = System.nanoTime();
        long cpuLinked = cpu.getCurrentThreadCpuTime();
        for (Linked linked : graphs) {
            validate(linked, sweep);
        }
        long end = System.nanoTime();
        long cpuEnd = cpu.getCurrentThreadCpuTime();
        System.out.printf("Every gazetteer name: %d names of %d entries in %d readings, linked in %.1f s (CPU %.1f s); "
                + "%d graphs validated in %.1f s (CPU %.1f s); %s%n", names.size(), GAZETTEER.size(),
                Reading.values().length + 2, (linkedAt - start) / 1e9, (cpuLinked - cpuStart) / 1e9, graphs.size(),
                (end - linkedAt) / 1e9, (cpuEnd - cpuLinked) / 1e9, sweep.counts);
        sweep.unnamed.forEach(what -> System.out.println("  not mapped, unlinked without a slug (map stage): " + what));
        if (!sweep.faults.isEmpty()) {
            fail(sweep.faults.size() + " faults; the first:\n"
                    + String.join("\n", sweep.faults.subList(0, Math.min(20, sweep.faults.size()))));
        }
        // A reading that links nothing tests nothing: each must have reached the linker's paths.
        for (Reading reading : Reading.values()) {
            assertTrue(sweep.counts.getOrDefault("linked " + reading, 0) > 300, reading + ": " + sweep.counts);
        }
        assertTrue(sweep.counts.getOrDefault("read as government", 0) > 100, sweep.counts.toString());
        assertTrue(sweep.counts.getOrDefault("linked dateline", 0) > 5000, sweep.counts.toString());
        assertTrue(sweep.counts.getOrDefault("linked nationality", 0) > 200, sweep.counts.toString());
        assertEquals(Set.of(EntityType.values()), sweep.linkedTypes, "links of every type were made");
        assertEquals(Set.of(EntityType.values()), sweep.mappedTypes, "links of every type were mapped and validated");
    }

    /** Every label, alias and demonym of the gazetteer, each once, in the gazetteer's order. */
    private static List<String> allNames() {
        Set<String> names = new LinkedHashSet<>();
        for (GazetteerEntry entry : GAZETTEER.entries()) {
            names.add(entry.label());
            names.addAll(entry.aliases());
            names.addAll(entry.demonyms());
        }
        return List.copyOf(names);
    }

    /**
     * The names in reports of {@link #NAMES_PER_REPORT}, in order, no two in one report with the
     * same slug ("Mérida", "Merida"): unlinked, they would be one node with two labels, which is
     * the map stage's matter (one report rarely writes one name two ways), not the linker's.
     */
    private static List<List<String>> reports(List<String> names) {
        List<List<String>> reports = new ArrayList<>();
        List<Set<String>> slugs = new ArrayList<>();
        int first = 0; // the first report that may still take a name
        for (String name : names) {
            String slug = slug(name);
            if (slug == null) {
                reports.add(first, new ArrayList<>(List.of(name))); // alone: see unnamed()
                slugs.add(first, Set.of());
                first++;
                continue;
            }
            int at = first;
            while (at < reports.size() && (reports.get(at).size() == NAMES_PER_REPORT || slugs.get(at).contains(slug))) {
                at++;
            }
            if (at == reports.size()) {
                reports.add(new ArrayList<>());
                slugs.add(new HashSet<>());
            }
            reports.get(at).add(name);
            slugs.get(at).add(slug);
            while (first < reports.size() && reports.get(first).size() == NAMES_PER_REPORT) {
                first++;
            }
        }
        return reports;
    }

    /** The slug of an unlinked entity of this name; null when the map stage can make none ("جمهورية تشاد"). */
    private static String slug(String name) {
        try {
            return TestReports.IRIS.entity(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** False when the report could not be linked, or the map stage could not name it (recorded). */
    private static boolean mappable(Linked linked, Sweep sweep) {
        if (linked == null) {
            return false;
        }
        List<String> unnamed = unnamed(linked);
        if (!unnamed.isEmpty()) {
            sweep.unnamed.add(unnamed + " in " + linked.what());
        }
        return unnamed.isEmpty();
    }

    /**
     * The names of a report that its links leave unlinked and that have no slug. The map stage
     * cannot name such an entity (IriScheme.slug refuses a name without a Latin letter or digit);
     * that is the map stage's fault, reported, not the linker's, so these reports are not mapped.
     */
    private static List<String> unnamed(Linked linked) {
        List<String> unnamed = new ArrayList<>();
        ReportDoc doc = linked.doc();
        ReportLinks links = linked.links();
        if (doc.publisher() != null && links.publisher() == null && slug(doc.publisher()) == null) {
            unnamed.add(doc.publisher());
        }
        if (doc.dateline() != null && links.datelinePlace() == null && slug(doc.dateline().place()) == null) {
            unnamed.add(doc.dateline().place());
        }
        if (doc.agencyName() != null && links.agency() == null && slug(doc.agencyName()) == null) {
            unnamed.add(doc.agencyName());
        }
        linked.understanding().entities().stream()
                .filter(e -> links.entity(e.key()) == null && slug(e.name()) == null)
                .forEach(e -> unnamed.add(e.name()));
        return unnamed;
    }

    /**
     * The link stage for one report: a fresh one each time, since the stage remembers the unlinked
     * people of the reports before (KnownPeople), which would make each report depend on the others.
     */
    private static ReportLinker stage() {
        return new ReportLinker(LINKER);
    }

    /** A report naming each of {@code names} in {@code reading}, through the link stage. */
    private static Linked linkText(Reading reading, List<String> names, int number, Sweep sweep) {
        StringBuilder body = new StringBuilder();
        List<Entity> entities = new ArrayList<>();
        List<org.dateline.understand.Mention> mentions = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        for (int i = 0; i < COUNTRIES.size(); i++) {
            body.append("Officials in ");
            add(body, "c" + i, COUNTRIES.get(i), org.dateline.understand.EntityType.COUNTRY, entities, mentions);
            body.append(" met again. ");
        }
        for (int i = 0; i < names.size(); i++) {
            body.append(reading.before);
            add(body, "e" + i, names.get(i), reading.type, entities, mentions);
            body.append(reading.after).append(i % 5 == 4 ? "\n\n" : " ");
            if (reading == Reading.PERSON_WITH_ROLE) {
                roles.add(new Role("e" + i, "president", null));
            }
        }
        Understanding understanding = new Understanding(entities, mentions, roles, List.of(), List.of());
        ReportDoc doc = TestReports.doc("sweep-" + reading + "-" + number + ".txt", 1, "Sweep " + reading,
                body.toString().strip(), null, null);
        String what = reading + " report " + number + " " + names;
        try {
            ReportLinks links = stage().link(doc, understanding);
            boolean surprise = false;
            for (Entity entity : entities) {
                Link link = links.entity(entity.key());
                if (link == null) {
                    continue;
                }
                checkLink(link, what, sweep);
                if (entity.key().startsWith("e")) {
                    sweep.count("linked " + reading);
                }
                if (!link.type().name().equals(entity.type().name())) {
                    surprise = true;
                    if (entity.type() == org.dateline.understand.EntityType.PLACE && link.type() == EntityType.COUNTRY) {
                        sweep.count("read as government");
                    }
                }
            }
            return new Linked(what, doc, understanding, links, surprise);
        } catch (RuntimeException e) {
            sweep.faults.add(what + ": " + e);
            return null;
        }
    }

    private static void add(StringBuilder body, String key, String name, org.dateline.understand.EntityType type,
            List<Entity> entities, List<org.dateline.understand.Mention> mentions) {
        int begin = body.codePointCount(0, body.length());
        body.append(name);
        entities.add(new Entity(key, type, name, List.of()));
        mentions.add(new org.dateline.understand.Mention(begin, begin + name.codePointCount(0, name.length()), name, key));
    }

    private static String outcome(ReportLinks links) {
        return java.util.stream.Stream.of(links.datelinePlace(), links.publisher(), links.agency())
                .map(link -> link == null ? "-" : link.type().name()).toList().toString();
    }

    /** A report whose dateline place, publisher and agency are all this name, through the link stage. */
    private static Linked linkMetadata(String name, Sweep sweep) {
        ReportDoc plain = TestReports.doc("dateline.txt", 1, "Dateline " + name, "Officials met on Monday.", name, name);
        ReportDoc doc = new ReportDoc(plain.source(), plain.fingerprint(), plain.headline(), plain.body(),
                plain.captions(), plain.byline(), plain.dateline(), plain.published(), plain.publisher(), name,
                plain.language());
        String what = "dateline, publisher and agency \"" + name + "\"";
        try {
            ReportLinks links = stage().link(doc, Understanding.EMPTY);
            for (Link link : new Link[] {links.datelinePlace(), links.publisher(), links.agency()}) {
                if (link != null) {
                    checkLink(link, what, sweep);
                }
            }
            Link place = links.datelinePlace();
            if (place != null) {
                sweep.count("linked dateline");
                if (place.type() != EntityType.PLACE && place.type() != EntityType.COUNTRY) {
                    sweep.faults.add(what + ": a dateline linked to " + place);
                }
            }
            return new Linked(what, doc, Understanding.EMPTY, links, false);
        } catch (RuntimeException e) {
            sweep.faults.add(what + ": " + e);
            return null;
        }
    }

    /**
     * "Kosovar officials", "Americans": the linker's reading of a nationality. The understand stage
     * hands a demonym on as its country, whose report is {@link Reading#COUNTRY_NAMED}; here the
     * linker alone, which must link a nationality to a country or to nothing.
     */
    private static void linkNationality(String text, Sweep sweep) {
        String what = "nationality \"" + text + "\"";
        try {
            Optional<Link> link = LINKER.link(new Mention(text, MentionType.NATIONALITY, null, false, "", "officials said"),
                    new ReportContext(COUNTRIES, null));
            if (link.isPresent()) {
                checkLink(link.get(), what, sweep);
                sweep.count("linked nationality");
                if (link.get().type() != EntityType.COUNTRY) {
                    sweep.faults.add(what + ": a nationality linked to " + link.get());
                }
            }
        } catch (RuntimeException e) {
            sweep.faults.add(what + ": " + e);
        }
    }

    /** A link names an entry of the gazetteer, with the entry's label and type. */
    private static void checkLink(Link link, String what, Sweep sweep) {
        sweep.linkedTypes.add(link.type());
        Optional<GazetteerEntry> entry = GAZETTEER.byQid(link.qid());
        if (entry.isEmpty() || !entry.get().label().equals(link.label()) || entry.get().type() != link.type()) {
            sweep.faults.add(what + ": linked to " + link + ", which is not the gazetteer's " + entry);
        }
    }

    private static void validate(Linked linked, Sweep sweep) {
        try {
            ValidationOutcome outcome = VALIDATOR.validate(TestReports.MAPPER.map(linked.doc(), linked.understanding(),
                    linked.links()));
            sweep.count("graphs validated");
            linked.links().entities().values().forEach(link -> sweep.mappedTypes.add(link.type()));
            java.util.stream.Stream.of(linked.links().datelinePlace(), linked.links().publisher(), linked.links().agency())
                    .filter(java.util.Objects::nonNull).forEach(link -> sweep.mappedTypes.add(link.type()));
            if (!outcome.conforms()) {
                sweep.faults.add(linked.what() + ": does not conform: " + outcome.summary());
            }
        } catch (RuntimeException e) {
            sweep.faults.add(linked.what() + ": mapping failed: " + e);
        }
    }

    @Test
    void theSweepTakesEveryEntryByItsLabelAndEveryNameOnce() {
        List<String> names = allNames();
        Set<String> distinct = Set.copyOf(names);
        Map<EntityType, Integer> types = new EnumMap<>(EntityType.class);
        for (GazetteerEntry entry : GAZETTEER.entries()) {
            types.merge(entry.type(), 1, Integer::sum);
            assertTrue(distinct.contains(entry.label()), entry.toString());
            assertTrue(distinct.containsAll(entry.aliases()) && distinct.containsAll(entry.demonyms()), entry.toString());
        }
        assertEquals(Set.of(EntityType.values()), types.keySet(), "every entry type is in the gazetteer");
        int placed = 0;
        Map<String, Integer> seen = new HashMap<>();
        for (List<String> report : reports(names)) {
            assertTrue(report.size() <= NAMES_PER_REPORT);
            Set<String> slugs = new HashSet<>();
            for (String name : report) {
                assertTrue(slug(name) != null ? slugs.add(slug(name)) : report.size() == 1, "two names of one slug in " + report);
                seen.merge(name, 1, Integer::sum);
                placed++;
            }
        }
        assertEquals(names.size(), placed, "every name is in one report");
        assertEquals(names.size(), seen.size());
    }
}
