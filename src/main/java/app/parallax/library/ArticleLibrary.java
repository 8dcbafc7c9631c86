package app.parallax.library;

import app.parallax.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** A folder of article files: every {@code .txt} and {@code .md} directly inside it, read but never changed. */
public final class ArticleLibrary {

    private static final ArticleReader READER = new ArticleReader();

    private ArticleLibrary() {
    }

    /**
     * Loads every article file of the folder in file-name order. A file that cannot be read becomes a
     * {@link LoadProblem} so that one bad file does not hide the others; only a folder that cannot be
     * listed at all is an exception.
     */
    public static LibraryContents load(Path folder) throws ArticleLoadException {
        List<Article> articles = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (Path file : articleFiles(folder)) {
            try {
                articles.add(READER.read(file));
            } catch (ArticleLoadException e) {
                problems.add(new LoadProblem(file, e.getMessage()));
            }
        }
        return new LibraryContents(folder, articles, problems);
    }

    private static List<Path> articleFiles(Path folder) throws ArticleLoadException {
        if (!Files.exists(folder)) {
            throw ArticleLoadException.about(folder, "no such folder");
        }
        if (!Files.isDirectory(folder)) {
            throw ArticleLoadException.about(folder, "not a folder");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries
                    .filter(ArticleLibrary::isArticleFile)
                    .sorted(Comparator.comparing(path -> path.getFileName().toString()))
                    .toList();
        } catch (AccessDeniedException e) {
            throw ArticleLoadException.about(folder, "cannot be read (permission denied)");
        } catch (IOException | UncheckedIOException e) {
            throw ArticleLoadException.about(folder, "cannot be read (" + e.getMessage() + ")");
        }
    }

    private static boolean isArticleFile(Path path) {
        String name = path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        // Hidden files are editor back-ups and system litter (.DS_Store, ._x.txt), never articles.
        return !name.startsWith(".")
                && (lower.endsWith(".txt") || lower.endsWith(".md"))
                && !Files.isDirectory(path);
    }
}
