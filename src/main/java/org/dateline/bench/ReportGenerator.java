package org.dateline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes synthetic reports in the shapes scraped news takes (markdown title with a caption and an
 * agency dateline, or a plain title with a date line and share noise), varied enough that every
 * one has its own text and so its own graph. For benchmarks: the sentences carry no real facts.
 */
public final class ReportGenerator {

    private static final String[] PLACES = {"Niamey", "Bamako", "Ouagadougou", "Dakar", "Abuja", "Accra",
        "N'Djamena", "Nouakchott", "Tehran", "Moscow", "Paris", "Washington", "Algiers", "Tripoli"};
    private static final String[] AGENCIES = {"RHC", "AFP", "Reuters", "AP", "Xinhua", "TASS", "IRNA"};
    private static final String[] COUNTRIES = {"Niger", "Mali", "Burkina Faso", "Senegal", "Nigeria", "Ghana",
        "Chad", "Mauritania", "Iran", "Russia", "France", "the United States", "Algeria", "Libya"};
    private static final String[] ACTIONS = {"suspended military cooperation with", "held talks with",
        "signed a trade agreement with", "recalled its ambassador from", "welcomed a delegation from",
        "accused the government of", "agreed to restore flights to", "announced joint patrols with"};
    private static final String[] TOPICS = {"security on the border", "grain exports", "the price of fuel",
        "mining licences", "the return of refugees", "counter-terrorism operations", "electricity supply",
        "the schedule for elections"};

    private final Random random;

    public ReportGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Writes {@code count} report files into {@code folder} and returns them. */
    public List<Path> write(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean markdown = i % 2 == 0;
            Path file = folder.resolve(String.format("report-%05d.%s", i, markdown ? "md" : "txt"));
            Files.writeString(file, markdown ? markdownReport(i) : plainReport(i));
            files.add(file);
        }
        return files;
    }

    private String markdownReport(int n) {
        String actor = pick(COUNTRIES);
        String other = pick(COUNTRIES);
        LocalDate date = date();
        String month = date.format(DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH));
        return "\n# *" + actor + " " + pick(ACTIONS) + " " + other + " (" + n + ")*\n\n---\n\n"
                + "**Officials meet in " + pick(PLACES) + "**\n\n"
                + pick(PLACES) + ", " + month + ", " + date.getYear() + " (" + pick(AGENCIES) + ")-- " + body(actor, other, n)
                + "\n\n**Radio Habana Cuba**\n";
    }

    private String plainReport(int n) {
        String actor = pick(COUNTRIES);
        String other = pick(COUNTRIES);
        LocalDate date = date();
        return actor + " " + pick(ACTIONS) + " " + other + " in report " + n + "\n\n"
                + date.format(DateTimeFormatter.ofPattern("EEE MMM dd yyyy", Locale.ENGLISH)) + "\n"
                + "icon-facebook icon-twitter icon-whatsapp\n\n"
                + pick(PLACES).toUpperCase(Locale.ROOT) + ": " + body(actor, other, n)
                + "\n\nicon-facebook icon-twitter icon-whatsapp\n";
    }

    private String body(String actor, String other, int n) {
        StringBuilder body = new StringBuilder();
        body.append("The government of ").append(actor).append(' ').append(pick(ACTIONS)).append(' ').append(other)
                .append(" on Tuesday, officials said, in a move linked to ").append(pick(TOPICS)).append(".\n\n");
        for (int p = 0; p < 4; p++) {
            body.append("Ministers from ").append(pick(COUNTRIES)).append(" discussed ").append(pick(TOPICS))
                    .append(" and ").append(pick(TOPICS)).append(" with envoys from ").append(pick(COUNTRIES))
                    .append(", according to a statement numbered ").append(n * 10 + p)
                    .append(". Analysts said the talks would continue in the coming weeks.\n\n");
        }
        return body.toString().strip();
    }

    private LocalDate date() {
        return LocalDate.of(2023, 1, 1).plusDays(random.nextInt(700));
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
