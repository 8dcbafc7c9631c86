package app.parallax.library;

import app.parallax.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * The library folder as a place articles are added to: a copy of a file brought in from elsewhere, or a
 * pasted article saved as Markdown. Nothing already there is ever replaced, and the file brought in is
 * only read. Each new file is written under a hidden name first and then renamed, so that the folder
 * never shows (and the folder watch never reads) a half-written article.
 */
public final class LibraryFolder {

    private static final ArticleReader READER = new ArticleReader();
    private static final int MAX_SLUG = 60;

    private LibraryFolder() {
    }

    /**
     * Adds a copy of {@code file} to the folder, if it reads as an article (else it is refused and nothing
     * is written). A file already in the folder is just read.
     */
    public static Article importFile(Path folder, Path file) throws ArticleLoadException {
        Article original = READER.read(file);
        Path source = file.toAbsolutePath().normalize();
        if (source.getParent() != null && source.getParent().equals(folder.toAbsolutePath().normalize())) {
            return original;
        }
        String name = source.getFileName().toString();
        Path copy = write(folder, name, temp -> Files.copy(source, temp));
        return READER.read(copy);
    }

    /** Saves clipboard contents as a new Markdown article with front matter, and reads it back. */
    public static Article savePasted(Path folder, String plain, String html, LocalDateTime now)
            throws ArticleLoadException {
        PastedArticle pasted = PastedArticle.of(plain, html, now)
                .orElseThrow(() -> new ArticleLoadException("The clipboard holds no text to save as an article"));
        byte[] bytes = pasted.markdown().getBytes(StandardCharsets.UTF_8);
        Path file = write(folder, slug(pasted.title(), now) + ".md", temp -> Files.write(temp, bytes));
        return READER.read(file);
    }

    private interface Writing {
        void to(Path temp) throws IOException;
    }

    private static Path write(Path folder, String name, Writing writing) throws ArticleLoadException {
        if (!Files.isDirectory(folder)) {
            throw ArticleLoadException.about(folder, "is not a folder to add articles to");
        }
        Path temp = folder.resolve("." + name + ".part-" + ProcessHandle.current().pid());
        try {
            Files.deleteIfExists(temp);
            writing.to(temp);
            for (int n = 1; ; n++) {
                Path target = folder.resolve(numbered(name, n));
                try {
                    // Without REPLACE_EXISTING the move refuses a name that exists, so nothing is overwritten.
                    return Files.move(temp, target);
                } catch (FileAlreadyExistsException taken) {
                    // try the next number
                }
            }
        } catch (IOException e) {
            throw ArticleLoadException.about(folder.resolve(name), "could not be added to the library ("
                    + FileCheck.problem(folder, e) + ")");
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a hidden leftover is never listed
            }
        }
    }

    /** "story.txt", "story (2).txt", "story (3).txt" … */
    static String numbered(String name, int n) {
        if (n == 1) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) + " (" + n + ")" + name.substring(dot) : name + " (" + n + ")";
    }

    /** A file name from the title: "Putin says NATO ignored…" → "putin-says-nato-ignored". */
    static String slug(String title, LocalDateTime now) {
        String slug = title.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? String.format(Locale.ROOT, "pasted-%tF-%<tH%<tM%<tS", now) : slug;
    }
}
