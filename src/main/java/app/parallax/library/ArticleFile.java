package app.parallax.library;

import java.io.IOException;
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
                throw ArticleLoadException.about(file,
                        "too large (" + megabytes(size) + "; the limit is " + megabytes(SIZE_LIMIT) + ")");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw ArticleLoadException.about(file, "no such file");
        } catch (AccessDeniedException e) {
            throw ArticleLoadException.about(file, "cannot be read (permission denied)");
        } catch (IOException e) {
            throw ArticleLoadException.about(file, "cannot be read (" + e.getMessage() + ")");
        } catch (OutOfMemoryError e) {
            // The size check above makes this unlikely, but a file can grow between the check and the read.
            throw ArticleLoadException.about(file, "too large to read");
        }
    }

    private static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb)
                ? String.format(Locale.ROOT, "%d MB", (long) mb)
                : String.format(Locale.ROOT, "%.1f MB", mb);
    }
}
