package app.parallax.ui.library;

import app.parallax.library.ArticleLibrary;
import app.parallax.library.ArticleLoadException;
import app.parallax.library.FolderWatch;
import app.parallax.library.LibraryContents;
import app.parallax.library.LibraryFolder;
import app.parallax.model.Article;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.function.Consumer;

/**
 * Where the reader gets its articles: a folder at a time, or one file; and where it adds them (a copy of a
 * dropped file, a pasted article) and learns of changes to the folder. The window uses the article library;
 * view-model tests hand in their own. Exception messages are one clear line for a person.
 */
public interface ArticleSource {

    LibraryContents load(Path folder) throws ArticleLoadException;

    Article read(Path file) throws ArticleLoadException;

    /** A load that reports its progress file by file (from the loading thread). */
    default LibraryContents load(Path folder, ArticleLibrary.Progress progress) throws ArticleLoadException {
        return load(folder);
    }

    default Article importFile(Path folder, Path file) throws ArticleLoadException {
        return LibraryFolder.importFile(folder, file);
    }

    default Article savePasted(Path folder, String plain, String html) throws ArticleLoadException {
        return LibraryFolder.savePasted(folder, plain, html, LocalDateTime.now());
    }

    /** Watches the folder until the returned handle is closed; changes arrive on the watching thread. */
    default AutoCloseable watch(Path folder, Consumer<FolderWatch.Change> onChange) throws ArticleLoadException {
        return FolderWatch.start(folder, onChange);
    }
}
