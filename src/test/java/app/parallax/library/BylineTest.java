package app.parallax.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BylineTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Reported by: Anurag Roushan     | Anurag Roushan
            By Jane Doe                     | Jane Doe
            BY JANE DOE                     | JANE DOE
            By Jane Doe and John Smith      | Jane Doe and John Smith
            Written by Ursula von der Leyen | Ursula von der Leyen
            Author: Martin Luther King Jr.  | Martin Luther King Jr.
            """)
    void bylineLinesNameTheAuthor(String line, String name) {
        assertEquals(Optional.of(name), Byline.in(List.of("Headline", "", line)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "By proposing to use the independent power of his office, Mr. Obama is inviting political attacks.",
        "By flat out declaring that it is necessary",
        "By 2020 phones will be printed on wrists",
        "By Friday."})
    void sentencesStartingWithByAreNotBylines(String line) {
        assertEquals(Optional.empty(), Byline.in(List.of(line)));
    }
}
