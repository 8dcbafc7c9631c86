package app.parallax.ui.pair;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.Seeds;
import app.parallax.library.BadInputs;
import app.parallax.library.BadInputsFolder;
import app.parallax.model.Article;
import app.parallax.model.Side;
import app.parallax.ui.Headless;
import app.parallax.ui.Production;
import app.parallax.ui.background.FxBackground;
import app.parallax.ui.library.FileDrop;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The library sidebar of the real window with bad input, imports, pastes and a changing folder: every
 * problem is listed without hiding the articles, the rest stays usable, and no input file is changed.
 */
class LibraryWindowTest {

    private static Comparer engine;

    private final FxRobot robot = new FxRobot();
    private Preferences node;
    private FxBackground background;
    private FxBackground files;
    private ReaderViewModel model;
    private ReaderWindow window;

    @TempDir
    Path library;

    @BeforeAll
    static void toolkit() throws Exception {
        Headless.configure();
        FxToolkit.registerPrimaryStage();
        engine = Production.comparer();
        engine.warmUp();
    }

    @BeforeEach
    void open() throws Exception {
        node = Preferences.userRoot().node("parallax-tests/library-" + UUID.randomUUID());
        background = new FxBackground();
        files = FxBackground.forFiles();
        model = new ReaderViewModel(Production.articles(), engine, background, files, new ReaderPreferences(node));
        FxToolkit.setupStage(stage -> {
            window = new ReaderWindow(model);
            window.install(stage);
            stage.setWidth(1400);
            stage.setHeight(900);
            stage.show();
            stage.toFront();
        });
    }

    @AfterEach
    void close() throws Exception {
        if (FxToolkit.isFXApplicationThreadRunning()) {
            fx(() -> {
                window.dialog().ifPresent(javafx.scene.control.Dialog::close);
                return null;
            });
            FxToolkit.hideStage();
            fx(() -> {
                model.library().open(Path.of("articles"), () -> { }); // stops watching the temporary folder
                return null;
            });
        }
        background.shutdown();
        files.shutdown();
        node.removeNode();
    }

    @Test
    void theWholeBadInputCorpusIsListedInOneScrollableListAndTheArticlesStayUsable() throws Exception {
        List<BadInputs.Case> cases = BadInputsFolder.fill(library);
        Files.copy(Seeds.file("000"), library.resolve("000.txt"));
        Files.copy(Seeds.file("004"), library.resolve("004.txt"));
        long refused = cases.stream().filter(BadInputs.Case::refused).filter(BadInputs::isListed).count();
        long read = cases.stream().filter(c -> !c.refused()).count() + 2;

        openFolder(library);

        assertThat(model.library().problems()).hasSize((int) refused);
        assertThat(model.library().articles()).hasSize((int) read);
        TitledPane problems = fx(() -> (TitledPane) robot.lookup("#load-problems").query());
        assertThat(fx(problems::getText)).isEqualTo(refused + " files could not be read");
        ListView<?> problemList = fx(() -> (ListView<?>) robot.lookup("#load-problem-list").query());
        ListView<?> articles = fx(() -> (ListView<?>) robot.lookup("#library-list").query());
        Bounds window = fx(() -> this.window.root().localToScreen(this.window.root().getBoundsInLocal()));
        Bounds list = fx(() -> articles.localToScreen(articles.getBoundsInLocal()));
        Bounds status = fx(() -> robot.lookup("#status-bar").query().localToScreen(
                robot.lookup("#status-bar").query().getBoundsInLocal()));
        assertThat(fx(problemList::getHeight)).isLessThanOrEqualTo(4 * 44 + 4);
        assertThat(list.getHeight()).isGreaterThan(250);
        assertThat(list.getMaxY()).isLessThanOrEqualTo(window.getMaxY());
        assertThat(status.getMaxY()).isLessThanOrEqualTo(window.getMaxY() + 1);
        // every refusal is there with its one-line reason
        assertThat(model.library().problems()).allSatisfy(p ->
                assertThat(p.message()).startsWith(p.file() + ": ").doesNotContain("\n").doesNotContain("Exception"));
        assertThat(model.library().problems()).anySatisfy(p ->
                assertThat(p.message()).endsWith("is a named pipe (FIFO), not a file (not opened)"));

        // the rest of the library is usable: click one article, Ctrl+click another
        robot.clickOn(cell("000.txt"));
        robot.press(KeyCode.CONTROL).clickOn(cell("saved-page-json-ld.html")).release(KeyCode.CONTROL);
        awaitAnalysis();
        assertThat(model.leftProperty().get().file().getFileName().toString()).isEqualTo("000.txt");
        assertThat(model.rightProperty().get().title()).isEqualTo("Putin tells Macron the West ignored Russia's concerns");
        assertThat(model.matches()).isNotEmpty();
    }

    @Test
    void theCharsetAndAnyWarningAreShownWithTheArticle() throws Exception {
        for (String name : List.of("windows-1252.txt", "utf8-one-bad-byte.txt")) {
            Files.copy(BadInputs.FOLDER.resolve(name), library.resolve(name));
        }
        openFolder(library);
        assertThat(cellText("windows-1252.txt", ".library-meta")).endsWith("windows-1252 (detected)");
        assertThat(cellText("utf8-one-bad-byte.txt", ".library-warning"))
                .isEqualTo("⚠ not valid UTF-8 at byte 436 (1 bad byte in all, shown as \uFFFD)");
    }

    @Test
    void hugeParagraphsAreShownWithoutBlankingEitherPaneAndOffsetsUnchanged() throws Exception {
        Files.copy(BadInputs.FOLDER.resolve("one-100k-character-line.txt"), library.resolve("a.txt"));
        Files.copy(BadInputs.FOLDER.resolve("one-200k-character-word.txt"), library.resolve("b.txt"));
        openFolder(library);
        Article line = model.leftProperty().get();
        Article word = model.rightProperty().get();
        assertThat(line.text()).hasSize(100_014);
        for (Side side : Side.values()) {
            String text = model.articleProperty(side).get().text();
            String shown = fx(() -> window.pane(side).area().getText());
            assertThat(shown).hasSameSizeAs(text);
            assertThat(fx(() -> window.pane(side).area().getParagraphs().size())).isGreaterThan(text.length() / 2_000);
            assertThat(shown.lines()).allMatch(l -> l.length() <= ArticlePane.LONGEST_PARAGRAPH);
            assertThat(fx(() -> window.pane(side).area().getVisibleParagraphs().size())).isPositive();
        }
        String shownLine = fx(() -> window.pane(Side.LEFT).area().getText());
        assertThat(shownLine.replace('\n', ' ')).isEqualTo(line.text().replace('\n', ' '));
        String shownWord = fx(() -> window.pane(Side.RIGHT).area().getText());
        assertThat(shownWord.chars().filter(c -> c == 'x').count())
                .isEqualTo(200_000 - 200_000 / (ArticlePane.LONGEST_PARAGRAPH + 1));
        assertThat(word.text()).startsWith("One very long word\n\n");
    }

    @Test
    void filesThatAppearChangeOrGoAreShownWithoutARestart() throws Exception {
        Files.copy(Seeds.file("000"), library.resolve("000.txt"));
        openFolder(library);
        assertThat(model.library().articles()).hasSize(1);

        Files.copy(Seeds.file("004"), library.resolve("004.txt"));
        Files.write(library.resolve("broken.txt"), new byte[] {0, 1, 2, 3, 0, 0});
        waitUntil(() -> model.library().articles().size() == 2 && model.library().problems().size() == 1);
        assertThat(model.library().problems().get(0).message()).endsWith("broken.txt: not a text file (binary content)");

        Files.writeString(library.resolve("000.txt"), "A new headline\n\nThe text changed.\n");
        waitUntil(() -> model.library().find(library.resolve("000.txt")).map(Article::title)
                .filter("A new headline"::equals).isPresent());

        Files.delete(library.resolve("004.txt"));
        Files.delete(library.resolve("broken.txt"));
        waitUntil(() -> model.library().articles().size() == 1 && model.library().problems().isEmpty());
    }

    @Test
    void ctrlShiftVPastesTheClipboardAsANewArticle() throws Exception {
        Files.copy(Seeds.file("000"), library.resolve("000.txt"));
        openFolder(library);
        fx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("Kremlin: responses ignored concerns\n\nThe Kremlin said on Friday that the US and NATO "
                    + "responses did not take into account Russia's main concerns.\n");
            Clipboard.getSystemClipboard().setContent(content);
            return null;
        });
        robot.clickOn("#library-filter");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.V).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> model.library().articles().size() == 2);
        Path pasted = library.resolve("kremlin-responses-ignored-concerns.md");
        assertThat(Files.readString(pasted)).startsWith("---\ntitle: \"Kremlin: responses ignored concerns\"\npasted: ");
        assertThat(model.library().lastAddedProperty().get().file()).isEqualTo(pasted);
        assertThat(fx(() -> ((Label) robot.lookup("#library-message").query()).getText()))
                .isEqualTo("Pasted as kremlin-responses-ignored-concerns.md");
    }

    @Test
    void aFileDroppedOnAPaneIsCopiedIntoTheLibraryAndShownThere(@TempDir Path elsewhere) throws Exception {
        Files.copy(Seeds.file("000"), library.resolve("000.txt"));
        Files.copy(Seeds.file("001"), library.resolve("001.txt"));
        openFolder(library);
        awaitAnalysis();
        Path page = Files.copy(BadInputs.FOLDER.resolve("saved-page-open-graph.htm"), elsewhere.resolve("page.htm"));
        Path bad = Files.write(elsewhere.resolve("bad.txt"), new byte[0]);
        byte[] before = Files.readAllBytes(page);

        fx(() -> {
            FileDrop.drop(List.of(page.toFile(), bad.toFile()), model.library(), model::showRight);
            return null;
        });
        waitUntil(() -> model.rightProperty().get() != null
                && model.rightProperty().get().file().equals(library.resolve("page.htm")));
        awaitAnalysis();
        assertThat(Files.readAllBytes(library.resolve("page.htm"))).isEqualTo(before);
        assertThat(Files.readAllBytes(page)).isEqualTo(before);
        assertThat(model.library().problems()).extracting(p -> p.message()).containsExactly(bad + ": empty file");
        assertThat(library.resolve("bad.txt")).doesNotExist();
    }

    @Test
    void noInputFileChangesInAFullSession(@TempDir Path elsewhere) throws Exception {
        BadInputsFolder.fill(library);
        for (String n : List.of("000", "001", "004")) {
            Files.copy(Seeds.file(n), library.resolve(n + ".txt"));
        }
        Path outside = Files.copy(BadInputs.FOLDER.resolve("article.pdf"), elsewhere.resolve("outside.pdf"));
        Map<Path, String> before = checksums(library, elsewhere);

        openFolder(library);
        robot.clickOn(cell("000.txt"));
        robot.press(KeyCode.CONTROL).clickOn(cell("004.txt")).release(KeyCode.CONTROL);
        awaitAnalysis();
        robot.type(KeyCode.F8).type(KeyCode.F8);
        robot.clickOn("#swap");
        awaitAnalysis();
        fx(() -> {
            model.library().importFiles(List.of(outside, library.resolve("001.txt")));
            model.library().pasteAsArticle("Pasted headline\n\nPasted text of an article.\n", null);
            return null;
        });
        waitUntil(() -> model.library().find(library.resolve("pasted-headline.md")).isPresent()
                && model.library().find(library.resolve("outside.pdf")).isPresent());
        robot.clickOn(cell("outside.pdf"));
        awaitAnalysis();
        robot.clickOn("#theme-toggle").clickOn("#theme-toggle");
        FxToolkit.hideStage();

        Map<Path, String> after = checksums(library, elsewhere);
        assertThat(after).containsAllEntriesOf(before);
        assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(
                Stream.concat(before.keySet().stream(), Stream.of(library.resolve("pasted-headline.md"),
                        library.resolve("outside.pdf"))).toList());
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private void openFolder(Path folder) {
        fx(() -> {
            model.openFolder(folder);
            return null;
        });
        waitUntil(() -> !model.library().loadingProperty().get() && folder.equals(model.library().folderProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** SHA-256 of every regular file (not the special files, which are never opened) in the folders. */
    private static Map<Path, String> checksums(Path... folders) throws Exception {
        Map<Path, String> sums = new HashMap<>();
        for (Path folder : folders) {
            try (Stream<Path> paths = Files.list(folder)) {
                for (Path p : paths.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                        .filter(Files::isReadable).filter(p -> sizeOf(p) < 10_000_000).toList()) {
                    MessageDigest sha = MessageDigest.getInstance("SHA-256");
                    try (InputStream in = Files.newInputStream(p)) {
                        sha.update(in.readAllBytes());
                    }
                    sums.put(p, HexFormat.of().formatHex(sha.digest()));
                }
            }
        }
        return sums;
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private Node cell(String fileName) {
        return fx(() -> {
            ListView<?> list = (ListView<?>) robot.lookup("#library-list").query();
            list.getItems().stream().filter(a -> ((Article) a).file().getFileName().toString().equals(fileName))
                    .findFirst().ifPresent(a -> ((ListView<Object>) list).scrollTo(a));
            list.layout();
            return robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                    .filter(c -> c.getItem() instanceof Article a && a.file().getFileName().toString().equals(fileName))
                    .findFirst().orElseThrow();
        });
    }

    private String cellText(String fileName, String labelStyle) {
        Node cell = cell(fileName);
        return fx(() -> ((Label) cell.lookup(labelStyle)).getText());
    }

    private void awaitAnalysis() {
        waitUntil(() -> model.comparisonProperty().get() != null
                && model.comparisonProperty().get().left() == model.leftProperty().get()
                && model.comparisonProperty().get().right() == model.rightProperty().get());
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
