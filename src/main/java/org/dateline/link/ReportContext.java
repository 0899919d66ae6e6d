package org.dateline.link;

import java.util.List;

/**
 * What the linker may know about the report around a mention.
 *
 * @param names         the other names the report mentions (people, places, organisations), in
 *                      any order; they support candidates ("Niamey" supports the country Niger)
 * @param datelinePlace the dateline's place ("Niamey"); null when none
 */
public record ReportContext(List<String> names, String datelinePlace) {

    public static final ReportContext EMPTY = new ReportContext(List.of(), null);

    public ReportContext {
        names = List.copyOf(names);
    }
}
