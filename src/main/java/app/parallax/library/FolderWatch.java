package app.parallax.library;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches a library folder for article files that appear, change or go, on a thread of its own. Events
 * come in bursts (an editor saves a file in several writes, a copy creates then fills), so they are
 * gathered until the folder has been quiet for a moment and handed over as one set of paths.
 */
public final class FolderWatch implements AutoCloseable {

    /** Quiet time that ends a burst of events. */
    private static final long QUIET_MILLIS = 250;

    /** What changed: these paths, or (when the system lost count) possibly anything in the folder. */
    public record Change(Set<Path> files, boolean everything) {
        public Change {
            files = Set.copyOf(files);
        }
    }

    private final WatchService service;
    private final Thread thread;

    private FolderWatch(Path folder, WatchService service, Consumer<Change> onChange) {
        this.service = service;
        this.thread = new Thread(() -> watch(folder, onChange), "parallax-folder-watch");
        thread.setDaemon(true);
    }

    /** Starts watching; {@code onChange} is called on the watching thread. */
    public static FolderWatch start(Path folder, Consumer<Change> onChange) throws ArticleLoadException {
        try {
            WatchService service = folder.getFileSystem().newWatchService();
            folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            FolderWatch watch = new FolderWatch(folder, service, onChange);
            watch.thread.start();
            return watch;
        } catch (IOException | UnsupportedOperationException e) {
            throw ArticleLoadException.about(folder, "cannot be watched for changes (" + e.getMessage() + ")");
        }
    }

    private void watch(Path folder, Consumer<Change> onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                Set<Path> files = new LinkedHashSet<>();
                boolean everything = false;
                while (key != null) {
                    for (WatchEvent<?> event : key.pollEvents()) {
                        if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                            everything = true;
                        } else if (event.context() instanceof Path name) {
                            Path file = folder.resolve(name);
                            if (!name.toString().startsWith(".") && FileFormat.byName(file).isPresent()) {
                                files.add(file);
                            }
                        }
                    }
                    if (!key.reset()) {
                        return; // the folder itself is gone
                    }
                    key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                }
                if (everything || !files.isEmpty()) {
                    onChange.accept(new Change(files, everything));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the library moved to another folder or the window closed
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing more to watch either way
        }
        thread.interrupt();
    }
}
