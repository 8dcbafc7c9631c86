package app.parallax.ui.background;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work away from the FX thread and reports back on it (JabRef's task executor, in small). The
 * window uses {@link FxBackground}; view-model tests use one that runs at once.
 */
public interface Background {

    <T> Job submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /**
     * Runs a small update (progress of long work) on the thread callbacks arrive on; the work itself calls
     * this from its own thread. Runs at once unless the implementation has such a thread.
     */
    default void later(Runnable update) {
        update.run();
    }

    /** Work that was handed over; cancelling it interrupts it (or drops it if it has not started). */
    interface Job {
        void cancel();
    }
}
