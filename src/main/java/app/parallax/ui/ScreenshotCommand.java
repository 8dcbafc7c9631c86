package app.parallax.ui;

import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code parallax screenshot LEFT RIGHT out.png}: opens the real reader window on the folder of LEFT with
 * the two articles side by side, waits for the analysis, selects the first matching quote (else the first
 * match) and writes the window to a PNG. Needs a display (under CI: {@code xvfb-run -a}).
 */
public final class ScreenshotCommand {

    static final double WIDTH = 1560;
    static final double HEIGHT = 960;
    private static final long TIMEOUT_SECONDS = 120;

    private ScreenshotCommand() {
    }

    /** Returns 0, or prints one line on stderr and returns non-zero. */
    public static int run(Path left, Path right, Path png) {
        return run(left, right, png, false);
    }

    public static int run(Path left, Path right, Path png, boolean dark) {
        return run(left, right, png, dark, Production::viewModel);
    }

    static int run(Path left, Path right, Path png, boolean dark,
                   Function<ReaderPreferences, ReaderViewModel> models) {
        for (Path file : new Path[] {left, right}) {
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
            return capture(left, right, png, dark, models.apply(new ReaderPreferences(node)));
        } finally {
            try {
                node.removeNode();
            } catch (BackingStoreException | IllegalStateException ignored) {
                // nothing was written to disk for it anyway
            }
            Platform.exit();
        }
    }

    private static int capture(Path left, Path right, Path png, boolean dark, ReaderViewModel model) {
        CompletableFuture<Boolean> analysed = new CompletableFuture<>();
        Stage[] stage = new Stage[1];
        ReaderWindow[] window = new ReaderWindow[1];
        onFx(() -> {
            model.darkProperty().set(dark);
            window[0] = new ReaderWindow(model);
            stage[0] = new Stage();
            window[0].install(stage[0]);
            stage[0].setWidth(WIDTH);
            stage[0].setHeight(HEIGHT);
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
            model.start(left.toAbsolutePath().getParent());
            if (!model.showFiles(left, right)) {
                analysed.completeExceptionally(new IllegalStateException(model.noticeProperty().get()));
            }
        });
        try {
            analysed.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            onFx(() -> model.matches().stream().filter(m -> m.layer() == Layer.QUOTES).findFirst()
                    .or(() -> model.matches().stream().findFirst())
                    .ifPresent(model::select));
            settle();
            Optional<String> failure = onFx(() -> {
                try {
                    Snapshot.write(stage[0].getScene(), window[0].popOver(), png);
                    return Optional.<String>empty();
                } catch (java.io.IOException e) {
                    return Optional.of("cannot write " + png + ": " + e.getMessage());
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
