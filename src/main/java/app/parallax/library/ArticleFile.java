package app.parallax.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads the raw bytes of an article file, turning every way that can fail into one clear line. */
final class ArticleFile {

    /** Larger files are not news articles (a long feature is well under 1 MB); refusing them keeps the UI responsive. */
    static final long SIZE_LIMIT = 5L * 1024 * 1024;

    private ArticleFile() {
    }

    static byte[] bytes(Path file) throws ArticleLoadException {
        if (Files.isDirectory(file)) {
            throw ArticleLoadException.about(file, "is a folder, not a file");
        }
        try {
            long size = Files.size(file);
            if (size > SIZE_LIMIT) {
                throw tooLarge(file, megabytes(size));
            }
            try (InputStream in = Files.newInputStream(file)) {
                // One byte past the limit at most: a device or a growing file can hold more than its size said.
                byte[] bytes = in.readNBytes((int) SIZE_LIMIT + 1);
                if (bytes.length > SIZE_LIMIT) {
                    throw tooLarge(file, "over " + megabytes(SIZE_LIMIT));
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw ArticleLoadException.about(file, "no such file");
        } catch (AccessDeniedException e) {
            throw ArticleLoadException.about(file, "cannot be read (permission denied)");
        } catch (IOException e) {
            throw ArticleLoadException.about(file, "cannot be read (" + e.getMessage() + ")");
        }
    }

    private static ArticleLoadException tooLarge(Path file, String size) {
        return ArticleLoadException.about(file, "too large (" + size + "; the limit is " + megabytes(SIZE_LIMIT) + ")");
    }

    private static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb)
                ? String.format(Locale.ROOT, "%d MB", (long) mb)
                : String.format(Locale.ROOT, "%.1f MB", mb);
    }
}
