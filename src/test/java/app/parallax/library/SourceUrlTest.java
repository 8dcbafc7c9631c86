package app.parallax.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceUrlTest {

    @Test
    void originalUrlOnTheNextNonBlankLine() {
        assertEquals(Optional.of("https://www.themoscowtimes.com/2022/01/28/x"),
                SourceUrl.in(List.of("Body.", "Original url:", "", "https://www.themoscowtimes.com/2022/01/28/x")));
    }

    @Test
    void originalUrlOnTheSameLine() {
        assertEquals(Optional.of("https://example.com/a"), SourceUrl.in(List.of("Source: https://example.com/a")));
    }

    @Test
    void labelledAddressWinsOverAnEarlierBareOne() {
        assertEquals(Optional.of("https://example.com/article"), SourceUrl.in(List.of(
                "https://twitter.com/share", "Body.", "Original url: https://example.com/article")));
    }

    @Test
    void bareUrlLineCounts() {
        assertEquals(Optional.of("http://example.com/a"), SourceUrl.in(List.of("Headline", "  http://example.com/a.  ")));
    }

    @Test
    void urlInsideASentenceDoesNot() {
        assertEquals(Optional.empty(), SourceUrl.in(List.of("Read more at https://example.com/a today.")));
    }
}
