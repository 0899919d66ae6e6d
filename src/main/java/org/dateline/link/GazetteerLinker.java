package org.dateline.link;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The offline linker: candidates from the gazetteer by name key, filtered by type, ranked by the
 * report's context. How confidence is computed (the numbers are documented in
 * org/dateline/link/README.md):
 * <ol>
 * <li>each candidate starts from how its name matched: label 0.95, alias or demonym 0.90, acronym
 *     0.85, a shorter form of a fuller name in the report ("Putin", "The Post") 0.85, a person's
 *     surname with a matching stated role 0.80, a surname alone in a report that names the
 *     person's country 0.75, a one-letter spelling variant of a person's
 *     surname ("Raeisi") 0.50;</li>
 * <li>times how well its type fits the mention's type ({@link MentionType});</li>
 * <li>times its share of the candidates' weight: population (log) for places, a large constant
 *     for countries, current over former office for people, three times more when the report's
 *     other names support it;</li>
 * <li>a stated role that contradicts a person's offices multiplies by 0.3, one that matches lifts
 *     a surname or variant match to at least 0.80;</li>
 * <li>a name with a sense the gazetteer lacks ({@code ambiguous-names.tsv}) is multiplied by its
 *     factor unless the report supports the item, and is dropped when a cue of the other sense is
 *     next to it.</li>
 * </ol>
 * Links below {@link #THRESHOLD} are not made.
 */
public final class GazetteerLinker implements Linker {

    /** The lowest confidence at which a link is made: a wrong link is worse than none. */
    public static final BigDecimal THRESHOLD = new BigDecimal("0.60");
    public static final String SOURCE = "gazetteer";

    private static final Set<String> PLACE_WORDS = Set.of("in", "at", "near", "from", "to", "outside", "around",
            "into", "inside", "via", "toward", "towards", "across", "visited", "visiting", "visit", "arrived",
            "reached", "left", "leave", "flew", "returned", "airport", "streets", "of");
    /** How many times more often a country is meant than a town of the same name. */
    private static final double COUNTRY_WEIGHT = 20;

    private final Gazetteer gazetteer;
    private final AmbiguousNames ambiguous;
    private final RoleMatcher roles;
    /**
     * The last report context each thread resolved: the mentions of one report come one after the
     * other with the same context, whose names are then normalised and looked up once, not per mention.
     */
    private final ThreadLocal<ContextEvidence.Resolved> lastContext = new ThreadLocal<>();

    public GazetteerLinker(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.ambiguous = AmbiguousNames.bundled();
        this.roles = new RoleMatcher(gazetteer);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    @Override
    public Optional<Link> link(Mention mention, ReportContext context) {
        return best(mention, context).filter(link -> link.confidence().compareTo(THRESHOLD) >= 0);
    }

    /** The best candidate whatever its confidence (for diagnostics and the test set's report). */
    public Optional<Link> best(Mention mention, ReportContext context) {
        String key = NameKey.of(mention.text());
        if (key.isEmpty()) {
            return Optional.empty();
        }
        ContextEvidence evidence = new ContextEvidence(resolved(context), key);
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        byName(mention, key, evidence, candidates);
        if (candidates.isEmpty() && mention.type() == MentionType.NATIONALITY && key.endsWith("s")) {
            byName(mention, key.substring(0, key.length() - 1), evidence, candidates); // "Americans"
        }
        if (candidates.isEmpty() && (mention.type() == MentionType.PERSON || mention.type() == MentionType.ORGANIZATION)) {
            byFullerName(mention, key, context, candidates);
        }
        if (candidates.isEmpty() && mention.type() == MentionType.PERSON) {
            bySurname(mention, key, evidence, candidates);
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        double largestCountry = candidates.values().stream().filter(c -> c.entry.type() == EntityType.COUNTRY)
                .mapToDouble(c -> Math.sqrt(c.entry.prior() + 1.0)).max().orElse(1);
        double totalWeight = 0;
        for (Candidate c : candidates.values()) {
            c.weight = weight(c.entry, mention) * (evidence.supports(c.entry) ? 3 : 1);
            if (c.entry.type() == EntityType.COUNTRY) {
                // Among countries of one name, the more populous is the likelier (France, not French Guiana).
                c.weight *= Math.sqrt(c.entry.prior() + 1.0) / largestCountry;
            }
            totalWeight += c.weight;
        }
        Candidate best = candidates.values().stream().max(Comparator.comparingDouble(c -> c.score * c.weight)).orElseThrow();
        double confidence = best.score * best.weight / totalWeight;
        if (best.entry.type() == EntityType.PERSON) {
            RoleMatcher.Fit fit = roles.fit(mention.statedRole(), best.entry);
            if (fit == RoleMatcher.Fit.CONTRADICTS) {
                confidence *= 0.3;
            } else if (fit == RoleMatcher.Fit.MATCHES) {
                confidence = Math.max(confidence, Math.min(0.98, confidence + 0.3));
            }
        }
        Optional<AmbiguousNames.Sense> sense = ambiguous.of(key);
        if (sense.isPresent()) {
            if (cueNear(mention, sense.get().cues()) || evidence.containsAny(sense.get().cues())) {
                confidence *= 0.1;
            } else if (!evidence.supports(best.entry)) {
                confidence *= sense.get().factor();
            }
        }
        BigDecimal rounded = BigDecimal.valueOf(Math.min(1, confidence)).setScale(2, RoundingMode.HALF_UP);
        return Optional.of(new Link(best.entry.qid(), best.entry.label(), best.entry.type(), rounded, SOURCE));
    }

    private ContextEvidence.Resolved resolved(ReportContext context) {
        ContextEvidence.Resolved last = lastContext.get();
        if (last == null || last.context != context) {
            last = new ContextEvidence.Resolved(context, gazetteer);
            lastContext.set(last);
        }
        return last;
    }

    /** Items whose label, alias, acronym or demonym has the mention's key. */
    private void byName(Mention mention, String key, ContextEvidence evidence, Map<String, Candidate> out) {
        boolean writtenInCapitals = NameKey.isAcronym(mention.text());
        for (Gazetteer.Hit hit : gazetteer.lookup(key)) {
            if (hit.acronymOnly() && !writtenInCapitals) {
                continue;
            }
            boolean demonym = hit.kind() == Gazetteer.MatchKind.DEMONYM;
            if (demonym != (mention.type() == MentionType.NATIONALITY)) {
                continue;
            }
            GazetteerEntry entry = hit.entry();
            double score = switch (hit.kind()) {
                case LABEL -> 0.95;
                case ALIAS, DEMONYM -> hit.acronymOnly() ? 0.85 : 0.90;
            };
            if (entry.isNationalCapital() && !mention.isDateline() && standsForGovernment(mention, evidence)) {
                // A capital stands for a government the gazetteer holds; of any other it stays the place.
                Optional<GazetteerEntry> country = gazetteer.countryOf(entry);
                if (country.isPresent()) {
                    entry = country.get();
                    score *= 0.9;
                }
            }
            offer(out, entry, score * mention.type().fit(entry.type()));
        }
    }

    /** "Putin" or "The Post" after "Vladimir Putin" or "The Washington Post" in the same report. */
    private void byFullerName(Mention mention, String key, ReportContext context, Map<String, Candidate> out) {
        for (String name : context.names()) {
            String fuller = NameKey.of(name);
            if (!fuller.endsWith(" " + key)) {
                continue;
            }
            List<Gazetteer.Hit> hits = gazetteer.lookup(fuller).stream()
                    .filter(h -> !h.acronymOnly() && h.kind() != Gazetteer.MatchKind.DEMONYM)
                    .filter(h -> mention.type().fit(h.entry().type()) == 1).toList();
            if (hits.size() == 1) {
                offer(out, hits.get(0).entry(), 0.85);
            }
        }
    }

    /** A surname alone ("Raeisi", "Putin") with a stated role, or a one-letter variant of a surname. */
    private void bySurname(Mention mention, String key, ContextEvidence evidence, Map<String, Candidate> out) {
        String[] words = key.split(" ");
        String surname = words[words.length - 1];
        for (GazetteerEntry person : gazetteer.peopleWithSurname(surname)) {
            if (words.length == 1 && roles.fit(mention.statedRole(), person) == RoleMatcher.Fit.MATCHES) {
                offer(out, person, 0.80);
            } else if (words.length == 1 && evidence.supports(person)) {
                offer(out, person, 0.75); // "Putin" in a report about Russia
            }
        }
        if (surname.length() < 5) {
            return;
        }
        for (GazetteerEntry person : gazetteer.people()) {
            String[] theirs = gazetteer.nameWords(person);
            String theirSurname = theirs[theirs.length - 1];
            boolean sameGivenName = words.length == 1 || theirs.length > 1 && theirs[0].equals(words[0]);
            if (sameGivenName && theirSurname.length() >= 5 && oneEditApart(surname, theirSurname)
                    && (evidence.supports(person) || roles.fit(mention.statedRole(), person) == RoleMatcher.Fit.MATCHES)) {
                offer(out, person, 0.50);
            }
        }
    }

    private static void offer(Map<String, Candidate> out, GazetteerEntry entry, double score) {
        if (score <= 0) {
            return;
        }
        Candidate old = out.get(entry.qid());
        if (old == null || old.score < score) {
            out.put(entry.qid(), new Candidate(entry, score));
        }
    }

    /**
     * Whether a capital's name stands for its country's government here: "Washington's threats",
     * "close to Tehran and Moscow", a capital tagged as an organisation; but not "talks in Tehran",
     * nor "Seattle, Washington".
     */
    private static boolean standsForGovernment(Mention mention, ContextEvidence evidence) {
        String after = mention.after().strip();
        if (NameKey.isPossessive(mention.text()) || after.startsWith("'s") || after.startsWith("’s")
                || mention.type() == MentionType.ORGANIZATION) {
            return true;
        }
        String before = mention.before().strip().toLowerCase(Locale.ROOT);
        if (before.endsWith(",") || after.startsWith(",") || before.isEmpty() && after.isEmpty()) {
            // "Seattle, Washington"; or nothing known around it: the literal place is the safer reading.
            return false;
        }
        String[] words = NameKey.of(before).split(" ");
        String previous = words[words.length - 1];
        return evidence.international() && !PLACE_WORDS.contains(previous);
    }

    private static boolean cueNear(Mention mention, Set<String> cues) {
        String before = NameKey.of(mention.before());
        String after = NameKey.of(mention.after());
        for (String cue : cues) {
            if (before.endsWith(cue) || after.startsWith(cue)) {
                return true;
            }
        }
        return false;
    }

    private static double weight(GazetteerEntry entry, Mention mention) {
        return switch (entry.type()) {
            case PLACE -> Math.max(1, Math.log10(entry.prior() + 10));
            case COUNTRY -> mention.isDateline() ? 2 : COUNTRY_WEIGHT;
            case PERSON -> Math.max(1, entry.prior());
            case ORGANIZATION -> 1;
        };
    }

    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    private static final class Candidate {
        final GazetteerEntry entry;
        final double score;
        double weight;

        Candidate(GazetteerEntry entry, double score) {
            this.entry = entry;
            this.score = score;
        }
    }

}
