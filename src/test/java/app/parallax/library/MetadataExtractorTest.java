package app.parallax.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parallax.model.ArticleMetadata;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Excerpts of real articles from the news-clusters data, one per rule worth guarding. */
class MetadataExtractorTest {

    private static final Path EXCERPTS = Path.of("src/test/resources/library/excerpts");
    private final ArticleReader reader = new ArticleReader();

    /** A timestamp before the headline, published and updated lines after it, two dates on one line. */
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
            cnn-updated-first.txt           => Obama overturns Bush endangered species rule                => 2009-03-03
            thelocal-published-updated.txt  => Ram-raiders hit Paris jewellery store for €2m               => 2013-09-09
            swtimes-posted-updated.txt      => LeFlore Jury: Simpson Guilty Of Killing Pregnant Girlfriend => 2013-09-26
            """)
    void headlineAndEarliestDateAroundTimestampLines(String name, String title, LocalDate date) throws Exception {
        ArticleMetadata metadata = read(name);

        assertEquals(title, metadata.title());
        assertEquals(Optional.of(date), metadata.date());
    }

    @Test
    void timestampWithTimeZonesInBrackets() throws Exception {
        assertEquals(Optional.of(LocalDate.of(2007, 4, 10)), read("cnn-posted-gmt.txt").date());
    }

    @Test
    void subtitleAfterADashIsNotAnOutlet() throws Exception {
        ArticleMetadata metadata = read("zdnet-dash-subtitle.txt");

        assertEquals("AMD Acquires SeaMicro – Big Bet on Architectural Shift for Servers", metadata.title());
        assertEquals(Optional.empty(), metadata.outlet());
        assertEquals(Optional.of(LocalDate.of(2012, 3, 1)), metadata.date());
    }

    @Test
    void sentenceStartingWithByIsNotAByline() throws Exception {
        ArticleMetadata metadata = read("nyt-by-in-sentence.txt");

        assertEquals(ArticleMetadata.titled("Obama Poised to Back Comprehensive Plan to Curb Gun Violence"), metadata);
    }

    @Test
    void siteAddressThatReportsIsTheOutletOnlyWhenNothingBetterIsStated() {
        Path file = Path.of("x.txt");

        assertEquals(Optional.of("AmericanPost.News"),
                MetadataExtractor.extract("Headline\n\nAmericanPost.News reports that talks failed.\n", file).outlet());
        assertEquals(Optional.empty(),
                MetadataExtractor.extract("Headline\n\nReuters reports that talks failed.\n", file).outlet());
        assertEquals(Optional.of("The Guardian"), MetadataExtractor.extract(
                "Headline | The Guardian\n\nAmericanPost.News reports that talks failed.\n", file).outlet());
    }

    private ArticleMetadata read(String name) throws ArticleLoadException {
        return reader.read(EXCERPTS.resolve(name)).metadata();
    }
}
