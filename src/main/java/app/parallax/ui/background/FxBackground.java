package app.parallax.ui.background;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs work as {@link Task}s on one daemon thread: the model warm-up first, then each analysis in the order
 * asked, so an analysis never races the warm-up. Callbacks arrive on the FX thread. Reading files has a
 * lane of its own ({@link #forFiles()}), so that a folder never waits behind a comparison.
 */
public final class FxBackground implements Background {

    private final ExecutorService executor;

    public FxBackground() {
        this("parallax-analysis");
    }

    private FxBackground(String threadName) {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** The corpus view's lane: a library's analysis takes seconds to minutes and must not hold up the pair view. */
    public static FxBackground forCorpus() {
        return new FxBackground("parallax-corpus");
    }

    /** The lane for reading, importing and watching files. */
    public static FxBackground forFiles() {
        return new FxBackground("parallax-files");
    }

    @Override
    public void later(Runnable update) {
        javafx.application.Platform.runLater(update);
    }

    @Override
    public <T> Job submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        executor.execute(task);
        return () -> task.cancel(true);
    }

    public void shutdown() {
        executor.shutdownNow();
    }
}
