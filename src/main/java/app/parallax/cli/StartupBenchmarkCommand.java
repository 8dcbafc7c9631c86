package app.parallax.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * {@code parallax benchmark startup}: launches the reader on two articles, as a person would from the menu
 * or a terminal, and times from the launch to the window's first layout and to the first comparison laid out
 * in it. The reader reports those moments on stderr when {@code PARALLAX_STARTUP_REPORT=1}. Needs a display
 * (run it under {@code xvfb-run -a}); each run gets throwaway settings, so the user's are left alone.
 */
@Command(name = "startup", mixinStandardHelpOptions = true,
        description = "Time from launching the reader to its window and to its first comparison (needs a display).")
final class StartupBenchmarkCommand implements Callable<Integer> {

    static final String REPORT_VARIABLE = "PARALLAX_STARTUP_REPORT";
    static final String REPORT_PREFIX = "parallax-startup: ";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "LEFT", defaultValue = "articles/000_7b91463196abbf0d.txt",
            description = "default: ${DEFAULT-VALUE}")
    Path left;

    @Parameters(index = "1", arity = "0..1", paramLabel = "RIGHT", defaultValue = "articles/004_ffca89aebb2905a1.txt",
            description = "default: ${DEFAULT-VALUE}")
    Path right;

    @Option(names = "--runs", defaultValue = "5", description = "timed launches (default: ${DEFAULT-VALUE}); the median is reported")
    int runs;

    @Option(names = "--launcher", paramLabel = "PROGRAM",
            description = "the program to launch, e.g. /opt/parallax/bin/Parallax (default: this Parallax)")
    Path launcher;

    @Option(names = "--timeout", defaultValue = "120", description = "seconds one launch may take (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1");
        }
        for (Path file : List.of(left, right)) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(file + ": no such file");
            }
        }
        if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null
                && System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            throw new IllegalArgumentException("needs a display: run it under xvfb-run -a");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<String> command = new ArrayList<>(launcher != null ? List.of(launcher.toString()) : thisParallax());
        command.add(left.toString());
        command.add(right.toString());
        out.println("launching: " + String.join(" ", command));
        out.printf(Locale.ROOT, "load average before: %s%n", loadAverage().orElse("unknown"));
        // The first launch fills the caches a fresh installation fills once (fonts, native libraries); not timed.
        Launch warmUp = launch(command);
        out.printf(Locale.ROOT, "warm-up launch: %s%n", warmUp);
        List<Launch> timed = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            Launch l = launch(command);
            timed.add(l);
            out.printf(Locale.ROOT, "run %d: %s%n", i, l);
        }
        out.printf(Locale.ROOT, "median of %d: window %d ms, first comparison %d ms%n", runs,
                median(timed.stream().map(Launch::windowMs).toList()),
                median(timed.stream().map(Launch::comparisonMs).toList()));
        out.printf(Locale.ROOT, "load average after: %s (%d cores)%n", loadAverage().orElse("unknown"),
                Runtime.getRuntime().availableProcessors());
        return 0;
    }

    /** The command that started this process: the installed launcher, else java with this class path. */
    static List<String> thisParallax() {
        String installed = System.getProperty("jpackage.app-path");
        if (installed != null) {
            return List.of(installed);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-cp", System.getProperty("java.class.path"), "app.parallax.Launcher");
    }

    private Launch launch(List<String> command) throws IOException, InterruptedException {
        Path settings = Files.createTempDirectory("parallax-benchmark-");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        // Set by an installed launcher for itself; inherited, it makes the next launcher misread its arguments.
        builder.environment().remove("_JPACKAGE_LAUNCHER");
        builder.environment().put(REPORT_VARIABLE, "1");
        builder.environment().put("OPT_OUT_TRACKING", "true");
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Djava.util.prefs.userRoot=" + settings);
        long started = System.nanoTime();
        Process process = builder.start();
        CompletableFuture<Long> window = new CompletableFuture<>();
        CompletableFuture<Long> comparison = new CompletableFuture<>();
        List<String> otherLines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = err.readLine()) != null; ) {
                    long ms = (System.nanoTime() - started) / 1_000_000;
                    Optional<String> moment = moment(line);
                    if (moment.equals(Optional.of("window"))) {
                        window.complete(ms);
                    } else if (moment.equals(Optional.of("comparison"))) {
                        comparison.complete(ms);
                    } else if (!line.startsWith("Picked up JAVA_TOOL_OPTIONS")) {
                        synchronized (otherLines) {
                            otherLines.add(line);
                        }
                    }
                }
            } catch (IOException ignored) {
                // the process was stopped
            }
            String why = "the reader exited (code " + exitCode(process) + ") before reporting"
                    + lastLine(otherLines);
            window.completeExceptionally(new IllegalStateException(why));
            comparison.completeExceptionally(new IllegalStateException(why));
        }, "startup-benchmark-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            return new Launch(window.get(timeoutSeconds, TimeUnit.SECONDS), comparison.get(timeoutSeconds, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
            throw new IllegalArgumentException(e.getCause().getMessage());
        } catch (TimeoutException e) {
            throw new IllegalArgumentException("no first comparison within " + timeoutSeconds + " s" + lastLine(otherLines));
        } finally {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            deleteTree(settings);
        }
    }

    /** "window" or "comparison" for a line the reader printed for the benchmark. */
    static Optional<String> moment(String line) {
        if (!line.startsWith(REPORT_PREFIX)) {
            return Optional.empty();
        }
        String rest = line.substring(REPORT_PREFIX.length());
        int space = rest.indexOf(' ');
        return Optional.of(space < 0 ? rest : rest.substring(0, space));
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String lastLine(List<String> lines) {
        synchronized (lines) {
            return lines.isEmpty() ? "" : ": " + lines.get(lines.size() - 1);
        }
    }

    private static String exitCode(Process process) {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static Optional<String> loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return Optional.of(fields[0] + " " + fields[1] + " " + fields[2]);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    record Launch(long windowMs, long comparisonMs) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "window %d ms, first comparison %d ms", windowMs, comparisonMs);
        }
    }
}
