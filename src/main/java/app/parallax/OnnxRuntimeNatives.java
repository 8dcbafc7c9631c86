package app.parallax;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * ONNX Runtime copies its two native libraries out of its jar into a new temporary folder on every start
 * (leaving the folder behind) unless {@code onnxruntime.native.path} names a folder that holds them. This
 * extracts them once into a per-user cache folder, keyed by the libraries' checksums so that a new ONNX
 * Runtime version gets its own folder, and sets the property. It must run before any ONNX Runtime class loads.
 */
public final class OnnxRuntimeNatives {

    static final String PROPERTY = "onnxruntime.native.path";
    private static final String RESOURCES = "ai/onnxruntime/native/";

    private OnnxRuntimeNatives() {
    }

    /**
     * Points ONNX Runtime at the cached copy under {@code cacheRoot}, extracting it first if needed. Returns the
     * folder used, or empty when the property was already set, the platform's libraries are not on the class
     * path, or the cache cannot be written (ONNX Runtime then extracts to a temporary folder as before).
     */
    public static Optional<Path> install(Path cacheRoot) {
        if (System.getProperty(PROPERTY) != null) {
            return Optional.empty();
        }
        try {
            Optional<Path> folder = extract(cacheRoot, platform(), OnnxRuntimeNatives.class.getClassLoader());
            folder.ifPresent(f -> System.setProperty(PROPERTY, f.toString()));
            return folder;
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The cache folder for this user: {@code $XDG_CACHE_HOME/parallax}, else the platform's usual place. */
    public static Path userCache() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.startsWith("windows")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local"))
                    .resolve("Parallax").resolve("cache");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Parallax");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        // The XDG specification says a relative value is to be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
        return base.resolve("parallax");
    }

    /** ONNX Runtime's folder name for this machine, as in its jar: linux-x64, osx-aarch64, win-x64 … */
    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String o = os.startsWith("windows") ? "win" : os.startsWith("mac") ? "osx" : "linux";
        String a = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch;
        return o + "-" + a;
    }

    static Optional<Path> extract(Path cacheRoot, String platform, ClassLoader loader) throws IOException {
        List<Library> libraries = new ArrayList<>();
        for (String name : List.of("onnxruntime", "onnxruntime4j_jni")) {
            String file = libraryFile(name, platform);
            URL url = loader.getResource(RESOURCES + platform + "/" + file);
            if (url == null) {
                return Optional.empty();
            }
            libraries.add(new Library(file, url, checksum(url)));
        }
        Path folder = cacheRoot.resolve("onnxruntime-" + platform + "-" + libraries.get(0).checksum() + "-" + libraries.get(1).checksum());
        if (complete(folder, libraries)) {
            return Optional.of(folder);
        }
        Files.createDirectories(cacheRoot);
        // Written beside the final folder and renamed into place, so a second Parallax starting at the same
        // moment never loads a half-written library.
        Path staging = Files.createTempDirectory(cacheRoot, ".onnxruntime-");
        try {
            for (Library library : libraries) {
                try (InputStream in = library.url().openStream()) {
                    Files.copy(in, staging.resolve(library.file()));
                }
            }
            if (Files.exists(folder)) {
                deleteTree(folder); // an incomplete copy from an interrupted run
            }
            try {
                Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
                // another start finished first; its copy is as good as ours
            }
        } finally {
            deleteTree(staging);
        }
        return complete(folder, libraries) ? Optional.of(folder) : Optional.empty();
    }

    private static String libraryFile(String name, String platform) {
        if (platform.startsWith("win")) {
            return name + ".dll";
        }
        return "lib" + name + (platform.startsWith("osx") ? ".dylib" : ".so");
    }

    private static boolean complete(Path folder, List<Library> libraries) throws IOException {
        for (Library library : libraries) {
            Path file = folder.resolve(library.file());
            if (!Files.isRegularFile(file) || Files.size(file) != library.size()) {
                return false;
            }
        }
        return true;
    }

    /** The jar's own CRC (no need to inflate 16 MB at every start); computed from the bytes elsewhere. */
    private static Checksum checksum(URL url) throws IOException {
        URLConnection connection = url.openConnection();
        if (connection instanceof JarURLConnection jar && jar.getJarEntry().getCrc() >= 0 && jar.getJarEntry().getSize() >= 0) {
            return new Checksum(jar.getJarEntry().getCrc(), jar.getJarEntry().getSize());
        }
        CRC32 crc = new CRC32();
        long size = 0;
        try (InputStream in = url.openStream()) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; size += n) {
                crc.update(buffer, 0, n);
            }
        }
        return new Checksum(crc.getValue(), size);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private record Checksum(long crc, long size) {
        @Override
        public String toString() {
            return String.format("%08x", crc);
        }
    }

    private record Library(String file, URL url, Checksum checksum) {
        long size() {
            return checksum.size();
        }
    }
}
