package app.parallax.library;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The bad-input corpus: the files committed under {@code src/test/resources/bad/} (listed with what must
 * happen to each in {@code cases.tsv}) and the ones no repository can hold, made here in a folder of the
 * test's: a named pipe, an unreadable file, a loop of symbolic links, a 50 MB file, a device, a socket, a
 * folder and a link to nothing.
 */
public final class BadInputs {

    public static final Path FOLDER = Path.of("src/test/resources/bad");

    /**
     * One input and what the reader must do with it: refuse it with a one-line message containing the
     * fragment, or read it into an article whose title, charset or warnings contain the fragment.
     */
    public record Case(Path file, boolean refused, String fragment) {
        public String name() {
            return file.getFileName().toString();
        }

        @Override
        public String toString() {
            return name();
        }
    }

    private BadInputs() {
    }

    public static List<Case> committed() {
        try {
            return Files.readAllLines(FOLDER.resolve("cases.tsv"), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("\t"))
                    .map(c -> new Case(FOLDER.resolve(c[0]), c[1].equals("refused"), c[2]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes the cases that cannot be committed in {@code dir}. The unreadable file is left out when this
     * process can read it anyway (as root, where permissions do not stop reading; CI runs as root): that
     * case is then not testable here and {@link #unreadableIsTestable} says so.
     */
    public static List<Case> generated(Path dir) throws IOException, InterruptedException {
        List<Case> cases = new ArrayList<>();
        Path fifo = dir.resolve("named-pipe.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0) {
            cases.add(new Case(fifo, true, "is a named pipe (FIFO), not a file (not opened)"));
        }
        Path locked = Files.writeString(dir.resolve("unreadable.txt"), "A headline\n\nSome text.\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        if (!Files.isReadable(locked)) {
            cases.add(new Case(locked, true, "cannot be read (permission denied)"));
        } else {
            Files.delete(locked);
        }
        Path loopA = dir.resolve("loop-a.txt");
        Path loopB = dir.resolve("loop-b.txt");
        Files.createSymbolicLink(loopA, loopB.getFileName());
        Files.createSymbolicLink(loopB, loopA.getFileName());
        cases.add(new Case(loopA, true, "is a loop of symbolic links"));
        cases.add(new Case(loopB, true, "is a loop of symbolic links"));
        Path huge = dir.resolve("fifty-megabytes.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024); // sparse: no disk space and no time to write
        }
        cases.add(new Case(huge, true, "too large (50 MB; the limit is 5 MB)"));
        Path hugePdf = dir.resolve("fifty-megabytes.pdf");
        try (RandomAccessFile file = new RandomAccessFile(hugePdf.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        cases.add(new Case(hugePdf, true, "too large (50 MB; the limit is 40 MB)"));
        cases.add(new Case(Files.createSymbolicLink(dir.resolve("device.txt"), Path.of("/dev/zero")), true,
                "is a device, not a file (not opened)"));
        Path socket = dir.resolve("socket.txt");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket)); // the socket file stays after closing
        }
        cases.add(new Case(socket, true, "is a socket, not a file (not opened)"));
        cases.add(new Case(Files.createDirectory(dir.resolve("folder.txt")), true, "is a folder, not a file"));
        cases.add(new Case(Files.createSymbolicLink(dir.resolve("dangling-link.txt"), dir.resolve("gone.txt")), true,
                "is a link to a file that does not exist"));
        return cases;
    }

    /** Whether this process can be refused a file by its permissions at all (not as root). */
    public static boolean unreadableIsTestable(List<Case> generated) {
        return generated.stream().anyMatch(c -> c.name().equals("unreadable.txt"));
    }

    /** Files the library lists: every case but the folder, which a folder listing skips. */
    public static boolean isListed(Case c) {
        return !c.name().equals("folder.txt");
    }
}
