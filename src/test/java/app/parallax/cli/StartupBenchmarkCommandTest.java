package app.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The parts of the start-up benchmark that do not need a display; the timing itself is a command, not a test. */
class StartupBenchmarkCommandTest {

    @Test
    void readsTheMomentsTheReaderReports() {
        assertThat(StartupBenchmarkCommand.moment("parallax-startup: window 1834 ms")).hasValue("window");
        assertThat(StartupBenchmarkCommand.moment("parallax-startup: comparison 000.txt 004.txt 2410 ms"))
                .hasValue("comparison");
        assertThat(StartupBenchmarkCommand.moment("WARNING: Unsupported JavaFX configuration")).isEqualTo(Optional.empty());
    }

    @Test
    void theMedianOfAnOddCountIsTheMiddleOneAndOfAnEvenCountTheMeanOfTheTwo() {
        assertThat(StartupBenchmarkCommand.median(List.of(2400L, 1900L, 5100L, 2000L, 2100L))).isEqualTo(2100);
        assertThat(StartupBenchmarkCommand.median(List.of(2000L, 1000L, 4000L, 3000L))).isEqualTo(2500);
    }

    @Test
    void aRunCountBelowOneIsOneLine() {
        java.io.StringWriter err = new java.io.StringWriter();
        int code = ParallaxCommand.run(new String[] {"benchmark", "startup", "--runs", "0"},
                new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("parallax: --runs must be at least 1" + System.lineSeparator());
    }

    @Test
    void theStartedCommandIsThisJavaWithThisClassPathOutsideAnInstallation() {
        assertThat(StartupBenchmarkCommand.thisParallax()).containsExactly(
                java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "app.parallax.Launcher");
    }
}
