package app.parallax.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TitleLineTest {

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
            Putin says West ignores Russia’s demands for security – NRK Urix – Foreign News & Documentaries => Putin says West ignores Russia’s demands for security => NRK Urix
            Talks stall – Reuters                                       => Talks stall                        => Reuters
            Talks stall | The Guardian                                  => Talks stall                        => The Guardian
            Talks stall – AmericanPost.News                             => Talks stall                        => AmericanPost.News
            """)
    void outletSuffixIsSplitOff(String line, String title, String outlet) {
        assertEquals(new TitleLine(title, Optional.of(outlet)), TitleLine.of(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Putin Says U.S. Ignored Russia's Demands – Kremlin",
        "Ukrainian crisis | West ‘didn’t heed’ Russian concerns, Putin says",
        "AMD Acquires SeaMicro – Big Bet on Architectural Shift for Servers",
        "Boehner: '1-in-3 chance' Republicans could lose House in November",
        "Learn it – Node.js"})
    void otherTitlesStayWhole(String line) {
        assertEquals(new TitleLine(line, Optional.empty()), TitleLine.of(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"# Headline", "  Headline  ", "### Headline"})
    void markdownHeadingMarksAndSpacesGo(String line) {
        assertEquals("Headline", TitleLine.of(line).title());
    }
}
