package app.parallax.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.parallax.model.Article;
import app.parallax.model.ArticleMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrontMatterTest {

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    @Test
    void frontMatterOverridesWhatTheTextSaysAndIsNotShown() throws Exception {
        Path file = write("piece.md", """
                ---
                title: Putin and Macron talk
                outlet: Le Monde
                date: 2022-01-28
                author: Jane Doe
                url: https://www.lemonde.fr/x
                ---
                Updated January 29th, 2022 at 16:40 IST

                Some other headline – The Moscow Times – World

                By John Smith
                """);

        Article article = reader.read(file);

        assertEquals(new ArticleMetadata("Putin and Macron talk", Optional.of("Le Monde"),
                Optional.of(LocalDate.of(2022, 1, 28)), Optional.of("Jane Doe"), Optional.of("https://www.lemonde.fr/x")),
                article.metadata());
        assertEquals("Updated January 29th, 2022 at 16:40 IST\n\nSome other headline – The Moscow Times – World\n\n"
                + "By John Smith\n", article.text());
    }

    @Test
    void keysNotGivenAreStillInferred() throws Exception {
        Path file = write("partial.txt", """
                ---
                byline: Jane Doe
                date: January 28, 2022
                ---
                Headline of the piece

                Body.
                """);

        ArticleMetadata metadata = reader.read(file).metadata();

        assertEquals("Headline of the piece", metadata.title());
        assertEquals(Optional.of("Jane Doe"), metadata.byline());
        assertEquals(Optional.of(LocalDate.of(2022, 1, 28)), metadata.date());
    }

    @Test
    void malformedYamlNamesTheLineInTheFile() throws Exception {
        Path file = write("broken.md", """
                ---
                title: Fine
                outlet: [Le Monde
                ---
                Text
                """);

        String message = assertThrows(ArticleLoadException.class, () -> reader.read(file)).getMessage();

        assertEquals(true, message.startsWith(file + ": front matter is not valid YAML: "), message);
        assertEquals(true, message.matches(".* at line [45]$"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"---\n- one\n- two\n---\nText\n", "---\nPutin said: no.\n---\nText\n"})
    void rulesAroundProseAreText(String text) throws Exception {
        assertEquals(text, reader.read(write("rules.md", text)).text());
    }

    @Test
    void keysFollowedByProseAreMalformed() throws Exception {
        Path file = write("keys-then-prose.md", "---\ntitle: Fine\n- item\n---\nText\n");

        assertThrows(ArticleLoadException.class, () -> reader.read(file));
    }

    @Test
    void dateThatIsNotADateIsRefused() throws Exception {
        Path file = write("date.md", "---\ndate: last Friday\n---\nText\n");

        assertEquals(file + ": front matter date is not a date: \"last Friday\"",
                assertThrows(ArticleLoadException.class, () -> reader.read(file)).getMessage());
    }

    @Test
    void unclosedBlockIsOrdinaryText() throws Exception {
        String text = "---\nA headline after a rule\n\nBody.\n";
        Path file = write("rule.md", text);

        Article article = reader.read(file);

        assertEquals(text, article.text());
        assertEquals("A headline after a rule", article.title()); // a rule is not a headline
    }

    @Test
    void emptyBlockIsRemoved() throws Exception {
        Path file = write("empty-block.md", "---\n---\nHeadline\n");

        assertEquals("Headline\n", reader.read(file).text());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
