package app.parallax.library;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a path is before anything opens it. Opening a named pipe blocks until someone writes to it, and a
 * device can be endless, so only regular files are ever opened; everything else is refused by its kind.
 */
final class FileCheck {

    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private FileCheck() {
    }

    /** The size of a regular file, or the one-line reason why the path is not one. */
    static long regularFileSize(Path file) throws ArticleLoadException {
        BasicFileAttributes attributes = attributes(file);
        if (attributes.isDirectory()) {
            throw ArticleLoadException.about(file, "is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw ArticleLoadException.about(file, "is " + specialKind(file) + ", not a file (not opened)");
        }
        return attributes.size();
    }

    private static BasicFileAttributes attributes(Path file) throws ArticleLoadException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw ArticleLoadException.about(file, Files.isSymbolicLink(file)
                    ? "is a link to a file that does not exist" : "no such file");
        } catch (IOException e) {
            throw ArticleLoadException.about(file, problem(file, e));
        }
    }

    /** The reason in the reader's words; the JDK's own wording for a link loop is a puzzle. */
    static String problem(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot be read (permission denied)";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null
                && fs.getReason().contains("Too many levels of symbolic links")) {
            return "is a loop of symbolic links";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return "cannot be read (" + fs.getReason() + ")";
        }
        return "cannot be read (" + (e.getMessage() == null ? e.getClass().getSimpleName() : oneLine(e.getMessage())) + ")";
    }

    private static String specialKind(Path file) {
        try {
            Object mode = Files.getAttribute(file, "unix:mode");
            if (mode instanceof Integer bits) {
                return switch (bits & TYPE_MASK) {
                    case FIFO -> "a named pipe (FIFO)";
                    case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device";
                    case SOCKET -> "a socket";
                    default -> "a special file";
                };
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // not a Unix file system: the kind stays unnamed
        }
        return "a special file";
    }

    private static String oneLine(String text) {
        return text.lines().findFirst().orElse("").strip();
    }
}
