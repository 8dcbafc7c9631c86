package app.parallax.library;

import java.nio.file.Path;

/** Refuses decoded text that a reader could not use: nothing in it, or bytes that were never text. */
final class TextContent {

    /**
     * Share of control characters above which a file is binary. Real articles have next to none (a
     * stray form feed at most), while images and archives decoded as windows-1252 have about one in nine.
     */
    private static final double CONTROL_SHARE_LIMIT = 0.05;

    private TextContent() {
    }

    static void requireText(Path file, String decoded) throws ArticleLoadException {
        if (decoded.isEmpty()) {
            throw ArticleLoadException.about(file, "empty file");
        }
        if (isBinary(decoded)) {
            throw ArticleLoadException.about(file, "not a text file (binary content)");
        }
        if (decoded.isBlank()) {
            throw ArticleLoadException.about(file, "contains only whitespace");
        }
    }

    private static boolean isBinary(String text) {
        if (text.indexOf('\0') >= 0) {
            return true;
        }
        long controls = text.chars().filter(TextContent::isSuspect).count();
        return controls > text.length() * CONTROL_SHARE_LIMIT;
    }

    private static boolean isSuspect(int c) {
        boolean layout = c == '\n' || c == '\t' || c == '\f';
        return (Character.isISOControl(c) && !layout) || c == '\uFFFD';
    }
}
