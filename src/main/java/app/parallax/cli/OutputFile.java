package app.parallax.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file a command writes only when it succeeds: the content goes to a hidden file beside it, which
 * replaces the named file at the end. A failure midway leaves the named file as it was (or absent),
 * never empty or half-written, unlike a shell's {@code > file}, which empties it before the command runs.
 * A device or named pipe is written to directly.
 */
final class OutputFile {

    interface Writing {
        void to(Path temp) throws IOException;
    }

    private OutputFile() {
    }

    static void write(Path target, String content) throws IOException {
        write(target, temp -> Files.writeString(temp, content));
    }

    static void write(Path target, Writing writing) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalArgumentException(target + ": no such folder to write into");
        }
        if (Files.isDirectory(absolute)) {
            throw new IllegalArgumentException(target + ": is a folder, not a file to write");
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            // A device or pipe (/dev/null, /dev/stdout, a FIFO): renaming a file over it would replace the
            // device itself, for every program on the machine. Written to directly; it keeps no old content.
            writing.to(absolute);
            return;
        }
        Path temp = folder.resolve("." + absolute.getFileName() + ".part-" + ProcessHandle.current().pid());
        try {
            writing.to(temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
