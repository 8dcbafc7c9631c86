package app.parallax;

import app.parallax.library.ArticleLoadException;
import app.parallax.library.ArticleReader;
import app.parallax.model.Article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The five shipped example articles, by their number ("000" … "004"). */
public final class Seeds {

    public static final Path FOLDER = Path.of("articles");

    private Seeds() {
    }

    public static Path file(String number) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(FOLDER, number + "_*.txt")) {
            return files.iterator().next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Article article(String number) {
        try {
            return new ArticleReader().read(file(number));
        } catch (ArticleLoadException e) {
            throw new IllegalStateException(e);
        }
    }
}
