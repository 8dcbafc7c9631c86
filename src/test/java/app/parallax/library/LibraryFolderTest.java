package app.parallax.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.parallax.Seeds;
import app.parallax.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding to the library folder: copies of dropped files, pasted articles, and the folder watch. */
class LibraryFolderTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2024, 3, 1, 9, 30, 0);

    @TempDir
    Path library;
    @TempDir
    Path elsewhere;

    @Test
    void anImportedFileIsCopiedUnderAFreeNameAndTheOriginalIsLeftAsItWas() throws Exception {
        Path original = Files.copy(Seeds.file("004"), elsewhere.resolve("story.txt"));
        Files.writeString(library.resolve("story.txt"), "Another story\n\nAlready here.\n");
        byte[] before = Files.readAllBytes(original);

        Article imported = LibraryFolder.importFile(library, original);

        assertThat(imported.file()).isEqualTo(library.resolve("story (2).txt"));
        assertThat(Files.readAllBytes(imported.file())).isEqualTo(before);
        assertThat(Files.readAllBytes(original)).isEqualTo(before);
        assertThat(Files.readString(library.resolve("story.txt"))).isEqualTo("Another story\n\nAlready here.\n");
        try (var files = Files.list(library)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("story.txt", "story (2).txt");
        }
    }

    @Test
    void anUnreadableFileIsNotCopied() throws Exception {
        Path empty = Files.writeString(elsewhere.resolve("empty.txt"), "");
        assertThat(assertThrows(ArticleLoadException.class, () -> LibraryFolder.importFile(library, empty)).getMessage())
                .isEqualTo(empty + ": empty file");
        try (var files = Files.list(library)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void pastedPlainTextBecomesAMarkdownFileWithFrontMatter() throws Exception {
        String plain = "Putin says NATO ignored Russia's main concerns\r\n\r\nThe Kremlin said on Friday that the responses "
                + "did not take into account Russia's main concerns.\r\n";

        Article article = LibraryFolder.savePasted(library, plain, null, NOW);

        assertThat(article.file()).isEqualTo(library.resolve("putin-says-nato-ignored-russia-s-main-concerns.md"));
        assertThat(Files.readString(article.file())).isEqualTo("---\n"
                + "title: \"Putin says NATO ignored Russia's main concerns\"\n"
                + "pasted: \"2024-03-01T09:30:00\"\n"
                + "---\n"
                + "Putin says NATO ignored Russia's main concerns\n\nThe Kremlin said on Friday that the responses did not "
                + "take into account Russia's main concerns.\n");
        assertThat(article.text()).startsWith("Putin says NATO ignored Russia's main concerns\n\nThe Kremlin said");
        assertThat(article.title()).isEqualTo("Putin says NATO ignored Russia's main concerns");
    }

    @Test
    void pastedHtmlKeepsItsTextAndMetadataAndNeverOverwrites() throws Exception {
        String html = Files.readString(BadInputs.FOLDER.resolve("saved-page-json-ld.html"));
        Article first = LibraryFolder.savePasted(library, "ignored when there is HTML", html, NOW);
        Article second = LibraryFolder.savePasted(library, "", html, NOW);

        assertThat(first.title()).isEqualTo("Putin tells Macron the West ignored Russia's concerns");
        assertThat(first.metadata().outlet()).hasValue("Example Times");
        assertThat(first.metadata().date()).hasValue(LocalDate.of(2022, 1, 28));
        assertThat(first.metadata().byline()).hasValue("Jane Doe, John Roe");
        assertThat(first.text()).contains("the Kremlin said in a statement").doesNotContain("document.write");
        assertThat(second.file().getFileName().toString())
                .isEqualTo("putin-tells-macron-the-west-ignored-russia-s-concerns (2).md");
        assertThat(second.text()).isEqualTo(first.text());
    }

    @Test
    void anEmptyClipboardIsRefused() {
        assertThat(assertThrows(ArticleLoadException.class, () -> LibraryFolder.savePasted(library, " \n", "", NOW))
                .getMessage()).isEqualTo("The clipboard holds no text to save as an article");
    }

    @Test
    void theWatchReportsFilesThatAppearChangeAndGo() throws Exception {
        LinkedBlockingQueue<FolderWatch.Change> changes = new LinkedBlockingQueue<>();
        try (FolderWatch watch = FolderWatch.start(library, changes::add)) {
            Path added = Files.copy(Seeds.file("000"), library.resolve("new.txt"));
            Files.writeString(library.resolve(".hidden.txt"), "not listed");
            Files.writeString(library.resolve("notes.docx"), "not an article");
            assertThat(collect(changes)).containsExactly(added);
            Files.delete(added);
            assertThat(collect(changes)).containsExactly(added);
        }
    }

    /** The paths of the changes that arrive until the folder has been quiet for a second. */
    private static Set<Path> collect(LinkedBlockingQueue<FolderWatch.Change> changes) throws InterruptedException {
        Set<Path> files = new HashSet<>();
        FolderWatch.Change change = changes.poll(20, TimeUnit.SECONDS);
        while (change != null) {
            files.addAll(change.files());
            change = changes.poll(1, TimeUnit.SECONDS);
        }
        return files;
    }
}
