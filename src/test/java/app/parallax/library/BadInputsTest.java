package app.parallax.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.parallax.model.Article;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every case of the bad-input corpus through the article reader and the library, each within a time bound. */
class BadInputsTest {

    /** A hang guard, not a speed test: a named pipe that was opened would block for ever. */
    private static final Duration BOUND = Duration.ofSeconds(20);

    @TempDir
    static Path generatedDir;
    private static List<BadInputs.Case> generated;

    @BeforeAll
    static void generate() throws Exception {
        generated = BadInputs.generated(generatedDir);
    }

    static Stream<BadInputs.Case> committed() {
        return BadInputs.committed().stream();
    }

    static Stream<BadInputs.Case> special() throws Exception {
        return generated.stream();
    }

    @Test
    void theCorpusHasAtLeastFortyCasesOfWhichTheImportFormats() {
        List<BadInputs.Case> all = new ArrayList<>(BadInputs.committed());
        all.addAll(generated);
        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        assertThat(all).extracting(BadInputs.Case::name)
                .anyMatch(n -> n.endsWith(".html")).anyMatch(n -> n.endsWith(".htm")).anyMatch(n -> n.endsWith(".pdf"))
                .anyMatch(n -> n.endsWith(".md"));
        assertThat(generated).extracting(BadInputs.Case::name)
                .contains("named-pipe.txt", "loop-a.txt", "fifty-megabytes.txt", "device.txt", "socket.txt");
    }

    @Test
    void anUnreadableFileIsRefusedByItsPermissions() {
        // As root (CI) permissions do not stop reading, so there is no unreadable file to make.
        Assumptions.assumeTrue(BadInputs.unreadableIsTestable(generated), "running as root: every file is readable");
        assertThat(generated).extracting(BadInputs.Case::fragment).contains("cannot be read (permission denied)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"committed", "special"})
    void eachCaseIsReadOrRefusedInOneLine(BadInputs.Case c) {
        assertTimeoutPreemptively(BOUND, () -> check(c));
    }

    @Test
    void aFolderOfAllOfThemLoadsTheGoodOnesAndListsEveryOtherWithItsReason(@TempDir Path folder) throws Exception {
        List<BadInputs.Case> cases = BadInputsFolder.fill(folder);
        LibraryContents contents = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ArticleLibrary.load(folder));
        long refused = cases.stream().filter(BadInputs.Case::refused).filter(BadInputs::isListed).count();
        long read = cases.stream().filter(c -> !c.refused()).count();
        assertThat(contents.problems()).hasSize((int) refused);
        assertThat(contents.articles()).hasSize((int) read);
        assertThat(contents.problems()).allSatisfy(p -> {
            assertThat(p.message()).startsWith(p.file().toString()).doesNotContain("\n").doesNotContain("Exception");
        });
    }

    static void check(BadInputs.Case c) throws Exception {
        ArticleReader reader = new ArticleReader();
        if (c.refused()) {
            String message = assertThrows(ArticleLoadException.class, () -> reader.read(c.file())).getMessage();
            assertThat(message).startsWith(c.file() + ": ").contains(c.fragment()).doesNotContain("\n")
                    .doesNotContain("Exception");
        } else {
            Article article = reader.read(c.file());
            String shown = article.title() + " | " + article.metadata().outlet().orElse("") + " | "
                    + article.origin().format().label() + " | " + article.origin().charset() + " | "
                    + String.join(" | ", article.origin().warnings()) + " | " + article.text();
            assertThat(shown).contains(c.fragment());
            assertThat(article.text()).isNotBlank();
        }
    }
}
