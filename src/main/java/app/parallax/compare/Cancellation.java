package app.parallax.compare;

import java.util.concurrent.CancellationException;

/** The engine's long loops stop when their thread is interrupted (the window moved on to another pair). */
final class Cancellation {

    private Cancellation() {
    }

    static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("comparison cancelled");
        }
    }
}
