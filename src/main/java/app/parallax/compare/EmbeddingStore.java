package app.parallax.compare;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sentence embeddings kept on disk between runs, one file per model, keyed by the SHA-256 of the sentence:
 * a second open of the same library embeds nothing. Records are appended (under a file lock, so two
 * processes may share the folder); a file that does not read back whole (another format, a model of another
 * size, a torn write) is started afresh, since every vector in it can be recomputed. A cache that cannot be
 * written is only slower, never an error.
 */
public final class EmbeddingStore {

    /** Overrides the cache folder (tests, or a cache beside a shared library). */
    public static final String FOLDER_PROPERTY = "parallax.cache.dir";
    private static final String MAGIC = "parallax-embeddings-2";

    private final Path folder;
    private final Map<String, Map<String, float[]>> byModel = new HashMap<>();

    public EmbeddingStore(Path folder) {
        this.folder = folder;
    }

    /** {@code -Dparallax.cache.dir}, else {@code $XDG_CACHE_HOME/parallax}, else {@code ~/.cache/parallax}. */
    public static EmbeddingStore inUserCache() {
        String property = System.getProperty(FOLDER_PROPERTY);
        if (property != null && !property.isBlank()) {
            return new EmbeddingStore(Path.of(property));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new EmbeddingStore(base.resolve("parallax"));
    }

    public Path folder() {
        return folder;
    }

    Path file(String model) {
        return folder.resolve("embeddings-" + model + ".bin");
    }

    synchronized Optional<float[]> get(String model, String sentence) {
        return Optional.ofNullable(vectors(model).get(key(sentence)));
    }

    /** Adds vectors of one dimension, computed by {@code model}, for {@code sentences}. */
    synchronized void put(String model, List<String> sentences, List<float[]> vectors) {
        if (sentences.isEmpty()) {
            return;
        }
        Map<String, float[]> known = vectors(model);
        int dimension = vectors.get(0).length;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (int i = 0; i < sentences.size(); i++) {
                String key = key(sentences.get(i));
                if (known.putIfAbsent(key, vectors.get(i)) == null) {
                    out.write(HexFormat.of().parseHex(key));
                    for (float f : vectors.get(i)) {
                        out.writeFloat(f);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        try {
            Files.createDirectories(folder);
            Path file = file(model);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND); FileLock ignored = channel.lock()) {
                if (channel.size() == 0) {
                    channel.write(java.nio.ByteBuffer.wrap(header(model, dimension)));
                }
                channel.write(java.nio.ByteBuffer.wrap(bytes.toByteArray()));
            }
        } catch (IOException e) {
            // A read-only or full disk: the vectors stay in memory for this run.
        }
    }

    private Map<String, float[]> vectors(String model) {
        return byModel.computeIfAbsent(model, this::read);
    }

    private Map<String, float[]> read(String model) {
        Map<String, float[]> vectors = new HashMap<>();
        Path file = file(model);
        if (!Files.isRegularFile(file)) {
            return vectors;
        }
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (!MAGIC.equals(in.readUTF()) || !model.equals(in.readUTF())) {
                throw new IOException("not an embedding cache of " + model);
            }
            int dimension = in.readInt();
            if (dimension <= 0 || dimension > 4096) {
                throw new IOException("bad dimension " + dimension);
            }
            byte[] hash = new byte[32];
            while (true) {
                int first = in.read();
                if (first < 0) {
                    break;
                }
                hash[0] = (byte) first;
                in.readFully(hash, 1, 31);
                float[] v = new float[dimension];
                for (int d = 0; d < dimension; d++) {
                    v[d] = in.readFloat();
                }
                vectors.put(HexFormat.of().formatHex(hash), v);
            }
            return vectors;
        } catch (EOFException | RuntimeException e) {
            return rebuilt(file);
        } catch (IOException e) {
            return rebuilt(file);
        }
    }

    private static Map<String, float[]> rebuilt(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left as it is; put() will append after the damage and the next read rebuilds again.
        }
        return new HashMap<>();
    }

    private static byte[] header(String model, int dimension) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(MAGIC);
            out.writeUTF(model);
            out.writeInt(dimension);
        }
        return bytes.toByteArray();
    }

    private static String key(String sentence) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sentence.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
