package org.dateline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Timestamp lines in the forms sites print them, and sentences that only mention a date. */
class TimestampLineTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "2023-08-15T10:42:00+02:00 => PLAIN => 2023-08-15",
        "2023-08-15 10:42 => PLAIN => 2023-08-15",
        "15.08.2023 => PLAIN => 2023-08-15",
        "15.08.2023 10:42 GMT+2 => PLAIN => 2023-08-15",
        "08/15/2023 => PLAIN => 2023-08-15",
        "2023/08/15 => PLAIN => 2023-08-15",
        "August 15, 2023 10:42 AM ET => PLAIN => 2023-08-15",
        "Tue 15 Aug 2023 10.42 BST => PLAIN => 2023-08-15",
        "15th August, 2023 => PLAIN => 2023-08-15",
        "Sat 18 - September 2021 - 20:18 => PLAIN => 2021-09-18",
        "07 Aug, 2016 - 00:08 0 Views => PLAIN => 2016-08-07",
        "Published: 15.08.2023 10:42 GMT => PUBLISHED => 2023-08-15",
        "First published on Tue 15 Aug 2023 10.42 BST => PUBLISHED => 2023-08-15",
        "Posted on August 15, 2023 by Jane Doe => PUBLISHED => 2023-08-15",
        "Updated Aug 16, 2023, 9:01 AM ET => UPDATED => 2023-08-16",
        "Last updated: 16 August 2023 => UPDATED => 2023-08-16",
        "Published 15 August 2023 | Updated 16 August 2023 => PUBLISHED => 2023-08-15",
        "By Jane Doe | August 15, 2023 => PLAIN => 2023-08-15",
        "Xinhua, December 3, 2015 Adjust font size: => PLAIN => 2015-12-03",
        "General News of Thursday, 6 October 2022 => PLAIN => 2022-10-06",
        "March 2024 => PLAIN => 2024-03",
    })
    void readsTimestamps(String line, TimestampLine.Kind kind, String date) {
        TimestampLine.Stamp stamp = TimestampLine.parse(line);
        assertEquals(kind, stamp.kind(), line);
        assertEquals(date, stamp.date().date().lexical(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3 hours ago", "Updated 3 hours ago", "an hour ago", "Published 2 days ago", "yesterday", "just now"})
    void relativeTimestampsNameNoDay(String line) {
        TimestampLine.Stamp stamp = TimestampLine.parse(line);
        assertEquals(TimestampLine.Kind.RELATIVE, stamp.kind(), line);
        assertNull(stamp.date(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The talks will resume on March 3, 2024 in Paris after the minister returns from Brussels.",
        "Elections were held on 15.08.2023 and the results were contested by the opposition parties.",
        "Kyiv, August 15, 2023.",
        "Three hours ago the army said it had taken the town.",
    })
    void sentencesAreNotTimestamps(String line) {
        assertNull(TimestampLine.parse(line), line);
    }
}
