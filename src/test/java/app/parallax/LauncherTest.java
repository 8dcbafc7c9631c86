package app.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry point: what it opens, what it refuses in one line, and how it starts without a display. */
class LauncherTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Launcher.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void versionIsThePomVersion() throws IOException {
        assertThat(run("--version")).isZero();
        assertThat(out.toString().lines().findFirst()).hasValue("Parallax " + pomVersion());
    }

    @Test
    void anUnknownWordIsOneLineNamingTheCommands() {
        assertThat(run("nosuch.txt")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("parallax: no such file, folder or command: nosuch.txt "
                + "(commands: " + String.join(", ", app.parallax.cli.ParallaxCommand.commandNames()) + "; see parallax --help)" + System.lineSeparator());
    }

    @Test
    void aMissingFileAmongArticlesIsRefusedBeforeAnyWindowOpens() {
        assertThat(run("articles/000_7b91463196abbf0d.txt", "articles/none.txt")).isEqualTo(2);
        assertThat(err.toString()).startsWith("parallax: no such file, folder or command: articles/none.txt");
    }

    @Test
    void twoFoldersAreRefused(@TempDir Path a) {
        assertThat(run("articles", a.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("parallax: name at most one folder to open (and any files in it)"
                + System.lineSeparator());
    }

    @Test
    void commandsStillGoToTheCommandLine() {
        assertThat(run("compare", "articles/none.txt", "articles/000_7b91463196abbf0d.txt")).isEqualTo(1);
        assertThat(err.toString()).contains("none.txt").doesNotContain("Exception");
    }

    /** A real JVM without a display: one line and exit code 3 instead of JavaFX's stack trace. */
    @Test
    void withoutADisplayTheReaderSaysSoInOneLineAndExitsWith3(@TempDir Path home) throws Exception {
        Result r = java(home, List.of("articles"));
        assertThat(r.code).isEqualTo(Launcher.NO_DISPLAY);
        assertThat(r.stderr.lines().toList()).hasSize(1);
        assertThat(r.stderr).startsWith("parallax: cannot open a window (no display?");
    }

    /** ONNX Runtime loads from the per-user cache: nothing is left in the temporary folder, and a rerun reuses it. */
    @Test
    void onnxRuntimeLibrariesComeFromTheUserCacheNotANewTemporaryFolder(@TempDir Path home) throws Exception {
        List<String> compare = List.of("compare", "articles/000_7b91463196abbf0d.txt", "articles/004_ffca89aebb2905a1.txt",
                "--format", "json");
        Result first = java(home, compare);
        assertThat(first.code).as(first.stderr).isZero();
        assertThat(first.stdout).contains("\"quotes\"");
        Path cache = home.resolve("cache/parallax");
        List<Path> folders = list(cache);
        assertThat(folders).hasSize(1);
        Path copy = folders.get(0);
        assertThat(copy.getFileName().toString()).startsWith("onnxruntime-" + OnnxRuntimeNatives.platform() + "-");
        assertThat(list(copy)).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder(System.mapLibraryName("onnxruntime"), System.mapLibraryName("onnxruntime4j_jni"));
        assertThat(list(home.resolve("tmp"))).noneMatch(p -> p.getFileName().toString().startsWith("onnxruntime-java"));
    }

    private record Result(int code, String stdout, String stderr) {
    }

    /** Runs the launcher in a fresh JVM with its own home, cache and temporary folder, and no display. */
    private static Result java(Path home, List<String> args) throws IOException, InterruptedException {
        Files.createDirectories(home.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + home.resolve("tmp"), "-Duser.home=" + home,
                "-Djava.util.prefs.userRoot=" + home.resolve("prefs"),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(home.resolve("stdout").toFile()).redirectError(home.resolve("stderr").toFile());
        Map<String, String> env = builder.environment();
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
        env.put("OPT_OUT_TRACKING", "true");
        Process p = builder.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the launcher did not finish: " + command);
        }
        return new Result(p.exitValue(), Files.readString(home.resolve("stdout"), StandardCharsets.UTF_8),
                Files.readString(home.resolve("stderr"), StandardCharsets.UTF_8));
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static String pomVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>parallax</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
