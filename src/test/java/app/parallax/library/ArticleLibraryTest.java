package app.parallax.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.parallax.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLibraryTest {

    @TempDir
    Path dir;

    @Test
    void seedFolderLoadsAllFiveInOrder() throws Exception {
        LibraryContents contents = ArticleLibrary.load(Path.of("articles"));

        assertEquals(List.of("000_7b91463196abbf0d.txt", "001_959a71210dff82b1.txt", "002_5c5fe9bd41aa7a08.txt",
                "003_3e8b6a23167a7000.txt", "004_ffca89aebb2905a1.txt"), names(contents.articles()));
        assertEquals(List.of(), contents.problems());
    }

    @Test
    void badFileBecomesAProblemAndTheOthersStillLoad() throws Exception {
        write("b.md", "Second\n");
        write("a.txt", "First\n");
        Path empty = write("c.txt", "");
        write("d.TXT", "Fourth\n");

        LibraryContents contents = ArticleLibrary.load(dir);

        assertEquals(List.of("a.txt", "b.md", "d.TXT"), names(contents.articles()));
        assertEquals(List.of(new LoadProblem(empty, empty + ": empty file")), contents.problems());
        assertEquals(dir, contents.folder());
    }

    @Test
    void onlyVisibleTextAndMarkdownFilesDirectlyInTheFolderCount() throws Exception {
        write("article.txt", "Kept\n");
        write(".hidden.txt", "Hidden\n");
        write("notes.docx", "Other\n");
        write("data.json", "{}\n");
        Files.createDirectory(dir.resolve("sub.txt"));
        Files.writeString(Files.createDirectory(dir.resolve("nested")).resolve("deep.txt"), "Deep\n");

        LibraryContents contents = ArticleLibrary.load(dir);

        assertEquals(List.of("article.txt"), names(contents.articles()));
        assertEquals(List.of(), contents.problems());
    }

    @Test
    void loadingLeavesFilesAsTheyWere() throws Exception {
        Path file = write("html.txt", "Title\n\nthe Kremlin <u>said</u> Friday\r\n");
        byte[] before = Files.readAllBytes(file);

        ArticleLibrary.load(dir);

        assertEquals(new String(before), new String(Files.readAllBytes(file)));
    }

    @Test
    void missingFolderIsAnError() {
        Path missing = dir.resolve("nowhere");

        assertEquals(missing + ": no such folder",
                assertThrows(ArticleLoadException.class, () -> ArticleLibrary.load(missing)).getMessage());
    }

    @Test
    void fileInsteadOfFolderIsAnError() throws Exception {
        Path file = write("a.txt", "x\n");

        assertEquals(file + ": not a folder",
                assertThrows(ArticleLoadException.class, () -> ArticleLibrary.load(file)).getMessage());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static List<String> names(List<Article> articles) {
        return articles.stream().map(a -> a.file().getFileName().toString()).toList();
    }
}
