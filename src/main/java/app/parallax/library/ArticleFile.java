package app.parallax.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads the raw bytes of an article file, turning every way that can fail into one clear line. */
final class ArticleFile {

    /** Larger text files are not news articles (a long feature is well under 1 MB); refusing them keeps the UI responsive. */
    static final long SIZE_LIMIT = 5L * 1024 * 1024;

    private ArticleFile() {
    }

    static byte[] bytes(Path file) throws ArticleLoadException {
        return bytes(file, SIZE_LIMIT);
    }

    /** The whole file, if it is a regular file of at most {@code limit} bytes; nothing else is ever opened. */
    static byte[] bytes(Path file, long limit) throws ArticleLoadException {
        long size = FileCheck.regularFileSize(file);
        if (size > limit) {
            throw tooLarge(file, megabytes(size), limit);
        }
        try (InputStream in = Files.newInputStream(file)) {
            // One byte past the limit at most: a growing file can hold more than its size said.
            byte[] bytes = in.readNBytes((int) limit + 1);
            if (bytes.length > limit) {
                throw tooLarge(file, "over " + megabytes(limit), limit);
            }
            return bytes;
        } catch (IOException e) {
            throw ArticleLoadException.about(file, FileCheck.problem(file, e));
        }
    }

    private static ArticleLoadException tooLarge(Path file, String size, long limit) {
        return ArticleLoadException.about(file, "too large (" + size + "; the limit is " + megabytes(limit) + ")");
    }

    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb)
                ? String.format(Locale.ROOT, "%d MB", (long) mb)
                : String.format(Locale.ROOT, "%.1f MB", mb);
    }
}
