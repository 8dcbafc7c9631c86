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
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

/**
 * A folder of article files: every {@code .txt}, {@code .md}, {@code .html}/{@code .htm} and {@code .pdf}
 * directly inside it, read but never changed.
 */
public final class ArticleLibrary {

    private static final ArticleReader READER = new ArticleReader();

    /** How far a load has got: called after each file, from the thread that loads. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void read(int done, int total);
    }

    private ArticleLibrary() {
    }

    public static LibraryContents load(Path folder) throws ArticleLoadException {
        return load(folder, Progress.NONE);
    }

    /**
     * Loads every article file of the folder in file-name order. A file that cannot be read becomes a
     * {@link LoadProblem} so that one bad file does not hide the others; only a folder that cannot be
     * listed at all is an exception. An interrupt between two files stops the load with a
     * {@link CancellationException}: the reader has moved on to another folder.
     */
    public static LibraryContents load(Path folder, Progress progress) throws ArticleLoadException {
        List<Article> articles = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        List<Path> files = articleFiles(folder);
        for (int i = 0; i < files.size(); i++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("stopped reading " + folder);
            }
            Path file = files.get(i);
            try {
                articles.add(READER.read(file));
            } catch (ArticleLoadException e) {
                problems.add(new LoadProblem(file, e.getMessage()));
            }
            progress.read(i + 1, files.size());
        }
        return new LibraryContents(folder, articles, problems);
    }

    /** The article files of a folder in file-name order, without reading them. */
    public static List<Path> articleFiles(Path folder) throws ArticleLoadException {
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

    /**
     * Whether the library lists this path: a visible name with an article extension and not a folder.
     * Special files with such a name are listed, so that they are reported rather than silently skipped.
     */
    public static boolean isArticleFile(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        // Hidden files are editor back-ups, system litter (.DS_Store, ._x.txt) and our own files in progress.
        return !name.startsWith(".") && FileFormat.byName(path).isPresent() && !Files.isDirectory(path);
    }
}
