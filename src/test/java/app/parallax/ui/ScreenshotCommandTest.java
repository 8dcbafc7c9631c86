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
}
