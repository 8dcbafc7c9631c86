package app.parallax.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampTest {

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
            Updated January 29th, 2022 at 16:40 IST          => 2022-01-29
            Published January 29th, 2022 at 16:40 IST        => 2022-01-29
            January 28, 2022                                 => 2022-01-28
            2022-01-28                                       => 2022-01-28
            Published: 09 Sep 2013 11:25 GMT+02:00           => 2013-09-09
            updated 8:41 p.m. EST, Tue March 3, 2009         => 2009-03-03
            Fri Aug 2, 2013 6:50pm EDT                       => 2013-08-02
            16 September 2013 Last updated at 12:42 GMT      => 2013-09-16
            AUGUST 2, 2013 | 08:06AM PT                      => 2013-08-02
            Last Updated: Tuesday, 20 December 2005, 10:39 GMT => 2005-12-20
            Sun., Aug. 4, 2013 11:29 AM PDT                  => 2013-08-04
            """)
    void timestampLinesGiveTheirDate(String line, LocalDate date) {
        assertEquals(Optional.of(List.of(date)), Timestamp.of(line).map(Timestamp::dates));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Posted at 7:06", "Updated at 8:46 a.m.", "8:13 AM PDT 8 / 2 / 2013"})
    void timesWithoutADateAreTimestampsWithoutDates(String line) {
        assertEquals(Optional.of(List.of()), Timestamp.of(line).map(Timestamp::dates));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "On Friday, January 28, Russian President Vladimir Putin held a telephonic conversation",
        "The summit on January 28, 2022 was tense",
        "Ellen DeGeneres to host 2014 Oscars",
        "Boehner Sees One-in-Three Chance G.O.P. Will Lose House",
        "February 30, 2022",
        ""})
    void otherLinesAreNotTimestamps(String line) {
        assertTrue(Timestamp.of(line).isEmpty(), line);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
            2022-01-28            => 2022-01-28
            January 28, 2022      => 2022-01-28
            28 Jan 2022           => 2022-01-28
            2022-01-28T16:40:00Z  => 2022-01-28
            """)
    void dateValuesAreParsed(String value, LocalDate date) {
        assertEquals(Optional.of(date), Timestamp.parseDate(value));
    }
}
