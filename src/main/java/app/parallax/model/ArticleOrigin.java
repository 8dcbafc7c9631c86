package app.parallax.model;

import java.util.List;

/**
 * How an article's text was got from its file: the kind of file, the character set its bytes were read
 * in, and what was wrong with the file without stopping it from being read (shown with the article, so
 * that a damaged or guessed text is never passed off as a clean one).
 */
public record ArticleOrigin(Format format, String charset, List<String> warnings) {

    /** What an article is assumed to come from when nothing else is said: a clean UTF-8 text file. */
    public static final ArticleOrigin PLAIN_TEXT = new ArticleOrigin(Format.TEXT, "UTF-8", List.of());

    public enum Format {
        TEXT("text"), MARKDOWN("Markdown"), WEB_PAGE("web page"), PDF("PDF");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ArticleOrigin {
        if (format == null || charset == null) {
            throw new IllegalArgumentException("an origin needs a format and a charset");
        }
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
