package app.parallax.model;

import java.nio.file.Path;

/**
 * One news article as the reader shows it. {@code text} is the displayed text (inline HTML tags and a
 * front matter block removed); every {@link Span} about this article indexes into it.
 */
public record Article(Path file, String text, ArticleMetadata metadata) {

    public Article {
        if (file == null || text == null || metadata == null) {
            throw new IllegalArgumentException("an article needs a file, a text and metadata");
        }
    }

    public String title() {
        return metadata.title();
    }
}
