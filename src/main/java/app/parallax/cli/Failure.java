package app.parallax.cli;

import app.parallax.library.ArticleLoadException;

import java.io.IOException;
import java.nio.file.NoSuchFileException;

/** One line that tells a person what went wrong, never a stack trace. */
final class Failure {

    private Failure() {
    }

    static String describe(Throwable e) {
        if (e instanceof ArticleLoadException) {
            return e.getMessage();
        }
        if (e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException n) {
            return n.getFile() + ": no such file";
        }
        if (e instanceof IOException) {
            return "cannot read or write: " + e.getMessage();
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory; the input is too large";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "unexpected error: " + message.lines().findFirst().orElse("");
    }
}
