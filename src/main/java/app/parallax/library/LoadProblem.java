package app.parallax.library;

import java.nio.file.Path;
import java.util.Objects;

/** A file of a library folder that could not be read as an article, and why (one line, naming the file). */
public record LoadProblem(Path file, String message) {

    public LoadProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }
}
