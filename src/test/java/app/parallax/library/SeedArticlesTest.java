package app.parallax.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parallax.model.Article;
import app.parallax.model.ArticleMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The five seed articles, read exactly as a reader will see them. */
class SeedArticlesTest {

    private static final Path SEEDS = Path.of("articles");
    private final ArticleReader reader = new ArticleReader();

    @Test
    void americanPostNamesItselfInTheText() throws Exception {
        assertEquals(new ArticleMetadata(
                        "Vladimir Putin says NATO ignored Russia’s main concerns",
                        Optional.of("AmericanPost.News"), Optional.empty(), Optional.empty(), Optional.empty()),
                read("000_7b91463196abbf0d.txt").metadata());
    }

    @Test
    void sectionPrefixStaysAndATimeWithoutADateGivesNoDate() throws Exception {
        assertEquals(ArticleMetadata.titled("Ukrainian crisis | West ‘didn’t heed’ Russian concerns, Putin says"),
                read("001_959a71210dff82b1.txt").metadata());
    }

    @Test
    void updatedLineIsNotTheTitleButGivesTheDate() throws Exception {
        assertEquals(new ArticleMetadata(
                        "Vladimir Putin speaks to Macron, says 'US & NATO didn't address Russia's prime concerns'",
                        Optional.empty(), Optional.of(LocalDate.of(2022, 1, 29)), Optional.of("Anurag Roushan"),
                        Optional.empty()),
                read("002_5c5fe9bd41aa7a08.txt").metadata());
    }

    @Test
    void siteSuffixOfTheTitleIsTheOutlet() throws Exception {
        assertEquals(new ArticleMetadata(
                        "Putin says West ignores Russia’s demands for security",
                        Optional.of("NRK Urix"), Optional.empty(), Optional.empty(), Optional.empty()),
                read("003_3e8b6a23167a7000.txt").metadata());
    }

    @Test
    void sourceOfTheStatementStaysInTheTitleAndTheUrlNamesTheOutlet() throws Exception {
        assertEquals(new ArticleMetadata(
                        "Putin Says U.S. Ignored Russia's Demands – Kremlin",
                        Optional.of("The Moscow Times"), Optional.of(LocalDate.of(2022, 1, 28)), Optional.empty(),
                        Optional.of("https://www.themoscowtimes.com/2022/01/28/putin-says-us-ignored-russias-demands-kremlin-a7619")),
                read("004_ffca89aebb2905a1.txt").metadata());
    }

    @Test
    void inlineHtmlTagsVanishAndLinesStay() throws Exception {
        String file = Files.readString(SEEDS.resolve("004_ffca89aebb2905a1.txt"));
        String text = read("004_ffca89aebb2905a1.txt").text();

        assertTrue(text.contains("the Kremlin said Friday."));
        assertTrue(text.contains("Related article: France's Macron Calls for EU-Russia Security Pact in Break With U.S. Calls for Unity\n"));
        assertFalse(text.contains("<u>") || text.contains("</u>"));
        assertEquals(file.lines().count(), text.lines().count());
        assertEquals(file.replace("<u>", "").replace("</u>", ""), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_7b91463196abbf0d.txt", "001_959a71210dff82b1.txt", "002_5c5fe9bd41aa7a08.txt",
            "003_3e8b6a23167a7000.txt"})
    void textWithoutHtmlIsTheFileVerbatim(String name) throws Exception {
        assertEquals(Files.readString(SEEDS.resolve(name), StandardCharsets.UTF_8), read(name).text());
    }

    private Article read(String name) throws ArticleLoadException, IOException {
        return reader.read(SEEDS.resolve(name));
    }
}
