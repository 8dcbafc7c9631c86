package app.parallax.ui.background;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work at once, or holds it until {@link #runAll()} when {@code hold} is set. */
public final class ManualBackground implements Background {
    public final List<Runnable> held = new ArrayList<>();
    public boolean hold;
    public int cancelled;

    @Override
    public <T> Job submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        boolean[] dropped = {false};
        Runnable run = () -> {
            if (dropped[0]) {
                return;
            }
            try {
                onSuccess.accept(work.call());
            } catch (Exception e) {
                onFailure.accept(e);
            }
        };
        if (hold) {
            held.add(run);
        } else {
            run.run();
        }
        return () -> {
            dropped[0] = true;
            cancelled++;
        };
    }

    public void runAll() {
        List<Runnable> now = new ArrayList<>(held);
        held.clear();
        now.forEach(Runnable::run);
    }
}
