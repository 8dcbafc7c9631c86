package app.parallax.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Whatever a file holds, reading it either gives an article or says why not; plain text passes untouched. */
class ArticleReaderProperties {

    private static Path dir;
    private final ArticleReader reader = new ArticleReader();

    @BeforeContainer
    static void createFolder() throws IOException {
        dir = Files.createTempDirectory("article-reader-properties");
    }

    @AfterContainer
    static void deleteFolder() throws IOException {
        try (var files = Files.list(dir)) {
            files.forEach(ArticleReaderProperties::delete);
        }
        Files.delete(dir);
    }

    @Property(tries = 200)
    void anyBytesGiveAnArticleOrALoadException(@ForAll byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("any.txt"), bytes);
        try {
            reader.read(file);
        } catch (ArticleLoadException expected) {
            // a clear refusal is as good as an article; anything else thrown fails the property
        }
    }

    @Property(tries = 100)
    void frontMatterOfAnyKindGivesAnArticleOrALoadException(@ForAll("anyText") String yaml) throws IOException {
        Path file = Files.writeString(dir.resolve("front.md"), "---\n" + yaml + "\n---\nText\n");
        try {
            reader.read(file);
        } catch (ArticleLoadException expected) {
            // as above
        }
    }

    @Property(tries = 200)
    void plainTextIsShownExactlyAsWritten(@ForAll("plainText") String text) throws Exception {
        Path file = Files.writeString(dir.resolve("plain.txt"), text, StandardCharsets.UTF_8);

        assertEquals(text, reader.read(file).text());
    }

    /** Text with no markup, front matter or carriage returns, which the reader may change; never blank. */
    @Provide
    Arbitrary<String> plainText() {
        return Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars('\n', '\t', 'é', '’', '“', '—', 'ж', '中', '\u00A0')
                .excludeChars('<', '&')
                .ofMinLength(1).ofMaxLength(400)
                .filter(s -> !s.isBlank() && !s.startsWith("---"));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().ofMaxLength(200);
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
