package app.parallax.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library is engine code used by both the CLI and the window, so it must never need a UI toolkit.
 * A scan of its sources does in milliseconds what an ArchUnit import of all its dependencies does in seconds.
 */
class LibraryArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/app/parallax/library");
    private static final Pattern UI = Pattern.compile("\\b(?:javafx|java\\.awt|javax\\.swing|app\\.parallax\\.ui)\\.");

    @Test
    void libraryNeedsNoUserInterface() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            List<String> offenders = files.filter(file -> UI.matcher(read(file)).find())
                    .map(file -> file.getFileName().toString())
                    .toList();

            assertEquals(List.of(), offenders);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
