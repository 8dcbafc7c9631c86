package app.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The failure path only: a successful run exits the FX toolkit, which the window tests share. */
class ScreenshotCommandTest {

    @Test
    void aMissingFileIsOneClearLineAndANonZeroResult() {
        PrintStream was = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int rc;
        try {
            rc = ScreenshotCommand.run(Path.of("articles/nope.txt"), Path.of("articles/nope2.txt"), Path.of("target/x.png"));
        } finally {
            System.setErr(was);
        }
        assertThat(rc).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "parallax screenshot: no such file: articles/nope.txt" + System.lineSeparator());
    }

    @Test
    void optionsAreReadAndABadOneIsOneClearLine() {
        ScreenshotCommand.Shot shot = ScreenshotCommand.parse(java.util.List.of("a.txt", "b.txt", "out.png", "--size",
                "1024x700", "--dark", "--presentation", "--select", "3", "--find", "NATO", "--corpus"));
        assertThat(shot).isEqualTo(new ScreenshotCommand.Shot(Path.of("a.txt"), Path.of("b.txt"), Path.of("out.png"),
                1024, 700, true, true, 3, "NATO", true, false));
        PrintStream was = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int rc;
        try {
            rc = ScreenshotCommand.run("a.txt", "b.txt", "out.png", "--size", "big");
        } finally {
            System.setErr(was);
        }
        assertThat(rc).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(
                "parallax screenshot: --size wants WIDTHxHEIGHT, e.g. 1024x700, not big");
    }
}
