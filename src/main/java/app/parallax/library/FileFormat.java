package app.parallax.library;

import app.parallax.model.ArticleOrigin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file the library reads, told by name, and how large each may be before it is refused unread. */
enum FileFormat {
    TEXT(ArticleOrigin.Format.TEXT, ArticleFile.SIZE_LIMIT, ".txt"),
    MARKDOWN(ArticleOrigin.Format.MARKDOWN, ArticleFile.SIZE_LIMIT, ".md", ".markdown"),
    // A saved page carries its scripts, styles and inline images: several times the article's own size.
    WEB_PAGE(ArticleOrigin.Format.WEB_PAGE, 20L * 1024 * 1024, ".html", ".htm", ".xhtml"),
    // Fonts and pictures make a PDF of a few pages ten megabytes or more.
    PDF(ArticleOrigin.Format.PDF, 40L * 1024 * 1024, ".pdf");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** PDF allows junk before the header; readers look for it in the first kilobyte. */
    private static final int PDF_HEADER_WINDOW = 1024;

    private final ArticleOrigin.Format origin;
    private final long sizeLimit;
    private final String[] extensions;

    FileFormat(ArticleOrigin.Format origin, long sizeLimit, String... extensions) {
        this.origin = origin;
        this.sizeLimit = sizeLimit;
        this.extensions = extensions;
    }

    /** The format a file's name promises, if it is one the library lists. */
    static Optional<FileFormat> byName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(format -> Arrays.stream(format.extensions).anyMatch(name::endsWith))
                .findFirst();
    }

    static boolean isPdf(byte[] bytes) {
        int window = Math.min(bytes.length, PDF_HEADER_WINDOW);
        outer:
        for (int i = 0; i + PDF_MAGIC.length <= window; i++) {
            for (int j = 0; j < PDF_MAGIC.length; j++) {
                if (bytes[i + j] != PDF_MAGIC[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    ArticleOrigin.Format origin() {
        return origin;
    }

    long sizeLimit() {
        return sizeLimit;
    }
}
