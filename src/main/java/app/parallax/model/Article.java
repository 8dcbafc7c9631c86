package app.parallax.model;

import java.nio.file.Path;

/**
 * One news article as the reader shows it. {@code text} is the displayed text (inline HTML tags and a
 * front matter block removed, or the main text of a web page or PDF); every {@link Span} about this
 * article indexes into it. {@code origin} says how that text was read from the file.
 */
public record Article(Path file, String text, ArticleMetadata metadata, ArticleOrigin origin) {

    public Article {
        if (file == null || text == null || metadata == null || origin == null) {
            throw new IllegalArgumentException("an article needs a file, a text, metadata and an origin");
        }
    }

    /** An article read from a clean UTF-8 text file. */
    public Article(Path file, String text, ArticleMetadata metadata) {
        this(file, text, metadata, ArticleOrigin.PLAIN_TEXT);
    }

    public String title() {
        return metadata.title();
    }
}
