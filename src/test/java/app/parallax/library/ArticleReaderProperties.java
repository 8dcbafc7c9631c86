package app.parallax.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parallax.model.Article;

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

    @Property(tries = 300)
    void anyBytesUnderAnyNameGiveAReadableArticleOrOneClearRefusal(@ForAll byte[] bytes,
            @ForAll("names") String name, @ForAll("prefixes") String prefix) throws IOException {
        byte[] content = concat(prefix.getBytes(StandardCharsets.ISO_8859_1), bytes);
        Path file = Files.write(dir.resolve(name), content);
        try {
            Article article = reader.read(file);
            assertFalse(article.text().isBlank(), "an article has text");
            assertEquals(file, article.file());
            assertTrue(article.origin().warnings().stream().noneMatch(w -> w.contains("\n")));
        } catch (ArticleLoadException refusal) {
            String message = refusal.getMessage();
            assertTrue(message.startsWith(file + ": "), message);
            assertFalse(message.contains("\n") || message.contains("Exception"), message);
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("any.txt", "any.md", "any.html", "any.htm", "any.pdf");
    }

    /** Starts that send the bytes down each reading path: text, a UTF-16 or UTF-8 mark, HTML, PDF. */
    @Provide
    Arbitrary<String> prefixes() {
        return Arbitraries.of("", "\u00FF\u00FE", "\u00EF\u00BB\u00BF", "<!DOCTYPE html><html><body><p>", "%PDF-1.4\n",
                "---\ntitle: x\n---\n");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
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
