package app.parallax.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work away from the FX thread and reports back on it (JabRef's task executor, in small). The
 * window uses {@link FxBackground}; view-model tests use one that runs at once.
 */
public interface Background {

    <T> Job submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Work that was handed over; cancelling it interrupts it (or drops it if it has not started). */
    interface Job {
        void cancel();
    }
}
