package app.parallax.ui;

import app.parallax.ui.pair.Layer;
import app.parallax.ui.pair.Match;
import app.parallax.ui.pair.ReaderPreferences;
import app.parallax.ui.pair.ReaderViewModel;
import app.parallax.ui.pair.ReaderWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * {@code parallax screenshot LEFT RIGHT out.png [options]}: opens the real reader window on the folder of
 * LEFT with the two articles side by side, waits for the analysis, selects the first matching quote (else
 * the first match) and writes the window to a PNG. Needs a display (under CI: {@code xvfb-run -a}).
 * Options: {@code --size WxH}, {@code --dark}, {@code --presentation}, {@code --select N} (row N of the
 * match list; 0 selects nothing), {@code --find WORDS} (search both articles), {@code --corpus} (who reports
 * what across LEFT's folder instead of the pair; prints how long the matrix took to appear after the request),
 * {@code --heat-map} (the corpus view's pair heat map).
 */
public final class ScreenshotCommand {

    static final String USAGE = "usage: parallax screenshot LEFT RIGHT OUT.png [--size WxH] [--dark] [--presentation] "
            + "[--select N] [--find WORDS] [--corpus] [--heat-map]";
    private static final long TIMEOUT_SECONDS = 120;

    /** What to show in the picture. {@code select}: a 1-based row of the match list, 0 none, -1 the first quote. */
    record Shot(Path left, Path right, Path png, double width, double height, boolean dark, boolean presentation,
                int select, String find, boolean corpus, boolean heatMap) {
    }

    private ScreenshotCommand() {
    }

    /** The launcher's entry: the arguments after "screenshot". Returns 0, or prints one line on stderr. */
    public static int run(String... args) {
        Shot shot;
        try {
            shot = parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("parallax screenshot: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        return run(shot, Production::viewModel);
    }

    /** Returns 0, or prints one line on stderr and returns non-zero. */
    public static int run(Path left, Path right, Path png) {
        return run(new Shot(left, right, png, 1560, 960, false, false, -1, "", false, false), Production::viewModel);
    }

    static Shot parse(List<String> args) {
        List<String> files = new java.util.ArrayList<>();
        double width = 1560;
        double height = 960;
        boolean dark = false;
        boolean presentation = false;
        int select = -1;
        String find = "";
        boolean corpus = false;
        boolean heatMap = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--dark" -> dark = true;
                case "--presentation" -> presentation = true;
                case "--corpus" -> corpus = true;
                case "--heat-map" -> heatMap = true;
                case "--size" -> {
                    String v = value(args, ++i, a);
                    String[] wh = v.split("x");
                    try {
                        width = Double.parseDouble(wh[0]);
                        height = Double.parseDouble(wh[1]);
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException("--size wants WIDTHxHEIGHT, e.g. 1024x700, not " + v);
                    }
                    if (width < 400 || height < 300) {
                        throw new IllegalArgumentException("--size must be at least 400x300");
                    }
                }
                case "--select" -> {
                    String v = value(args, ++i, a);
                    try {
                        select = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--select wants a row number of the match list, not " + v);
                    }
                    if (select < 0) {
                        throw new IllegalArgumentException("--select wants 0 (none) or a row number, not " + v);
                    }
                }
                case "--find" -> find = value(args, ++i, a);
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    files.add(a);
                }
            }
        }
        if (files.size() != 3) {
            throw new IllegalArgumentException("needs LEFT, RIGHT and OUT.png");
        }
        return new Shot(Path.of(files.get(0)), Path.of(files.get(1)), Path.of(files.get(2)), width, height, dark,
                presentation, select, find, corpus || heatMap, heatMap);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    static int run(Shot shot, Function<ReaderPreferences, ReaderViewModel> models) {
        for (Path file : new Path[] {shot.left(), shot.right()}) {
            if (!Files.isRegularFile(file)) {
                System.err.println("parallax screenshot: no such file: " + file);
                return 2;
            }
        }
        Production.keepOffTheNetwork();
        try {
            startToolkit();
        } catch (RuntimeException e) {
            System.err.println("parallax screenshot: cannot open a window (no display? run it under xvfb-run -a): "
                    + e.getMessage());
            return 3;
        }
        // A throwaway preferences node: a screenshot must not change what the user's reader remembers.
        Preferences node = Preferences.userRoot().node("app/parallax/screenshot-" + UUID.randomUUID());
        try {
            return capture(shot, models.apply(new ReaderPreferences(node)));
        } finally {
            try {
                node.removeNode();
            } catch (BackingStoreException | IllegalStateException ignored) {
                // nothing was written to disk for it anyway
            }
            Platform.exit();
        }
    }

    private static int capture(Shot shot, ReaderViewModel model) {
        CompletableFuture<Boolean> analysed = new CompletableFuture<>();
        Stage[] stage = new Stage[1];
        ReaderWindow[] window = new ReaderWindow[1];
        onFx(() -> {
            model.darkProperty().set(shot.dark());
            window[0] = new ReaderWindow(model);
            stage[0] = new Stage();
            window[0].install(stage[0]);
            stage[0].setWidth(shot.width());
            stage[0].setHeight(shot.height());
            stage[0].show();
            model.comparisonProperty().addListener((o, was, now) -> {
                if (now != null) {
                    analysed.complete(true);
                }
            });
            model.noticeProperty().addListener((o, was, now) -> {
                if (!now.isEmpty()) {
                    analysed.completeExceptionally(new IllegalStateException(now));
                }
            });
            model.start(shot.left().toAbsolutePath().getParent());
            if (!model.showFiles(shot.left(), shot.right())) {
                analysed.completeExceptionally(new IllegalStateException(model.noticeProperty().get()));
            }
        });
        try {
            analysed.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            onFx(() -> {
                model.presentationProperty().set(shot.presentation());
                if (!shot.find().isEmpty()) {
                    window[0].find();
                    model.search().queryProperty().set(shot.find());
                }
            });
            settle();
            Optional<String> notSelected = onFx(() -> select(model, shot.select()));
            if (notSelected.isPresent()) {
                onFx(stage[0]::close);
                System.err.println("parallax screenshot: " + notSelected.get());
                return 2;
            }
            if (shot.corpus()) {
                showCorpus(model, stage[0]);
                onFx(() -> model.corpus().heatMapShownProperty().set(shot.heatMap()));
            }
            settle();
            Optional<String> failure = onFx(() -> {
                try {
                    Snapshot.write(stage[0].getScene(), shot.png());
                    return Optional.<String>empty();
                } catch (java.io.IOException e) {
                    return Optional.of("cannot write " + shot.png() + ": " + e.getMessage());
                } finally {
                    stage[0].close();
                }
            });
            if (failure.isPresent()) {
                System.err.println("parallax screenshot: " + failure.get());
                return 1;
            }
            return 0;
        } catch (ExecutionException e) {
            System.err.println("parallax screenshot: " + e.getCause().getMessage());
            return 1;
        } catch (TimeoutException e) {
            System.err.println("parallax screenshot: the analysis did not finish within " + TIMEOUT_SECONDS + " s");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("parallax screenshot: interrupted");
            return 1;
        }
    }

    /**
     * Asks for the corpus view as Ctrl+M does and waits until its matrix is filled and laid out; prints how
     * long that took, the figure the README's corpus view timing reports.
     */
    private static void showCorpus(ReaderViewModel model, Stage stage) throws ExecutionException, TimeoutException,
            InterruptedException {
        CompletableFuture<Long> shown = new CompletableFuture<>();
        long[] asked = new long[1];
        onFx(() -> {
            model.corpus().corpusProperty().addListener((o, was, now) -> {
                if (now != null) {
                    Platform.runLater(() -> {
                        stage.getScene().getRoot().applyCss();
                        stage.getScene().getRoot().layout();
                        shown.complete(System.nanoTime());
                    });
                }
            });
            model.noticeProperty().addListener((o, was, now) -> {
                if (!now.isEmpty()) {
                    shown.completeExceptionally(new IllegalStateException(now));
                }
            });
            asked[0] = System.nanoTime();
            model.corpus().showingProperty().set(true);
        });
        long ms = (shown.get(TIMEOUT_SECONDS, TimeUnit.SECONDS) - asked[0]) / 1_000_000;
        int articles = onFx(() -> model.corpus().columns().size());
        System.out.println("corpus view: " + articles + " articles, matrix shown " + ms + " ms after the request");
    }

    private static Optional<String> select(ReaderViewModel model, int row) {
        if (row == 0) {
            return Optional.empty();
        }
        if (row > model.matches().size()) {
            return Optional.of("--select " + row + ": the match list has only " + model.matches().size() + " rows");
        }
        Optional<Match> chosen = row > 0 ? Optional.of(model.matches().get(row - 1))
                : model.matches().stream().filter(m -> m.layer() == Layer.QUOTES).findFirst()
                        .or(() -> model.matches().stream().findFirst());
        chosen.ifPresent(model::select);
        return Optional.empty();
    }

    private static void startToolkit() {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            return;
        }
        Platform.setImplicitExit(false);
    }

    /** Lets a few pulses pass so that scrolling, layout, the connectors and the popover have caught up. */
    private static void settle() throws InterruptedException {
        for (int i = 0; i < 6; i++) {
            onFx(() -> true);
            Thread.sleep(120);
        }
    }

    private static void onFx(Runnable r) {
        onFx(() -> {
            r.run();
            return true;
        });
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e.getCause() != null ? e.getCause().getMessage() : e.toString(), e);
        }
    }
}
