package app.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.parallax.Seeds;
import app.parallax.library.BadInputs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus through the command line: {@code check} for every case, {@code compare} for every
 * refused one: the exit code, one line on stderr naming the file, no stack trace, within a hang guard.
 * And output files written only when the command succeeds.
 */
class BadInputCommandLineTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @TempDir
    static Path generatedDir;
    private static List<BadInputs.Case> generated;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void generate() throws Exception {
        generated = BadInputs.generated(generatedDir);
    }

    static Stream<BadInputs.Case> cases() {
        return Stream.concat(BadInputs.committed().stream(), generated.stream());
    }

    static Stream<BadInputs.Case> refused() {
        return cases().filter(BadInputs.Case::refused);
    }

    private static Run run(String... args) {
        return assertTimeoutPreemptively(BOUND, () -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = ParallaxCommand.run(args, new PrintWriter(out), new PrintWriter(err));
            return new Run(code, out.toString(), err.toString());
        });
    }

    @ParameterizedTest(name = "check {0}")
    @MethodSource("cases")
    void checkReadsOrRefusesEachInOneLine(BadInputs.Case c) {
        Run r = run("check", c.file().toString());
        if (c.refused()) {
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("parallax: " + c.file() + ": ");
            assertOneLine(r.err(), c.fragment());
        } else {
            assertThat(r.code()).isEqualTo(0);
            assertThat(r.out().lines()).hasSize(1);
            assertThat(r.out()).startsWith(c.file() + ": ");
            assertThat(r.err().lines()).allMatch(l -> l.startsWith("parallax: warning: " + c.file() + ": "));
            assertThat(r.out() + r.err()).doesNotContain("Exception");
        }
    }

    @ParameterizedTest(name = "compare {0}")
    @MethodSource("refused")
    void compareRefusesEachInOneLine(BadInputs.Case c) {
        Run r = run("compare", Seeds.file("004").toString(), c.file().toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("parallax: " + c.file() + ": ");
        assertOneLine(r.err(), c.fragment());
    }

    @Test
    void aDamagedUtf8ArticleIsComparedWithAWarningOnStderr() {
        Path damaged = BadInputs.FOLDER.resolve("utf8-one-bad-byte.txt");
        Run r = run("compare", damaged.toString(), Seeds.file("004").toString(), "--format", "json");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).startsWith("{");
        assertThat(r.err()).isEqualTo("parallax: warning: " + damaged
                + ": not valid UTF-8 at byte 436 (1 bad byte in all, shown as \uFFFD)\n");
    }

    @Test
    void theOutputFileIsWrittenOnlyWhenTheComparisonSucceeds(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("comparison.html");
        Run failed = run("compare", "no/such.txt", Seeds.file("004").toString(), "--format", "html", "-o", page.toString());
        assertThat(failed.code()).isEqualTo(1);
        assertThat(page).doesNotExist();
        Files.writeString(page, "the previous report\n");
        run("compare", BadInputs.FOLDER.resolve("empty.txt").toString(), Seeds.file("004").toString(), "-o", page.toString());
        assertThat(Files.readString(page)).isEqualTo("the previous report\n");

        Run ok = run("compare", Seeds.file("000").toString(), Seeds.file("004").toString(), "--format", "html",
                "--output", page.toString());
        assertThat(ok.code()).isEqualTo(0);
        assertThat(ok.out()).isEmpty();
        assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>").contains("fundamental");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(page); // no temporary file left behind
        }
    }

    @Test
    void theShippedPairsExampleRunsAsWritten() {
        Run r = run("pairs", "examples/pairs.tsv");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out().lines()).hasSize(4);
        assertThat(r.out().lines().map(l -> l.split("\t")[1]).toList())
                .containsExactly("same", "same", "different", "different");
    }

    @Test
    void pairsRefusesANamedPipeWithoutWaitingForIt() {
        BadInputs.Case fifo = generated.stream().filter(c -> c.name().equals("named-pipe.txt")).findFirst().orElseThrow();
        Run r = run("pairs", fifo.file().toString());
        assertThat(r.code()).isEqualTo(1);
        assertOneLine(r.err(), "is a named pipe (FIFO), not a file (not opened)");
    }

    @Test
    void helpMentionsTheReaderFoldersAndScreenshot() {
        Run r = run("--help");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("parallax FOLDER").contains("screenshot LEFT RIGHT OUT.png")
                .contains("parallax reader [FOLDER]").contains("check").contains("examples/pairs.tsv");
    }

    private static void assertOneLine(String err, String fragment) {
        assertThat(err.strip().lines()).hasSize(1);
        assertThat(err).startsWith("parallax: ").contains(fragment).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
