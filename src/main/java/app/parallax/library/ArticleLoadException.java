package app.parallax.library;

import java.nio.file.Path;

/**
 * An article or a library folder could not be loaded. The message is one line meant for the reader
 * as it stands, naming the file first: {@code "articles/x.txt: not a text file (binary content)"}.
 */
public final class ArticleLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    public ArticleLoadException(String message) {
        super(message);
    }

    public ArticleLoadException(String message, Throwable cause) {
        super(message, cause);
    }

    static ArticleLoadException about(Path file, String problem) {
        return new ArticleLoadException(file + ": " + problem);
    }
}
