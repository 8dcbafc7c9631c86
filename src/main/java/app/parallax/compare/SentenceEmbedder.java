package app.parallax.compare;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * Sentence embeddings from one {@link TransformerEncoder.Model}, run in-process. Each distinct sentence is
 * embedded once: the pair view of a library then costs lookups. The model is loaded on first use or by
 * {@link #warmUp()}.
 */
public final class SentenceEmbedder {

    static {
        // The tokenizer library would otherwise contact a cloud metadata address when it loads.
        if (System.getProperty("OPT_OUT_TRACKING") == null) {
            System.setProperty("OPT_OUT_TRACKING", "true");
        }
    }

    private static final int CACHE_SIZE = 50_000;

    private final Map<String, float[]> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                    return size() > CACHE_SIZE;
                }
            });
    private final TransformerEncoder.Model kind;
    private final EmbeddingStore store;
    private final java.util.concurrent.atomic.AtomicLong encoded = new java.util.concurrent.atomic.AtomicLong();
    private volatile TransformerEncoder model;

    /** The claim model, e5-small-v2. */
    public SentenceEmbedder() {
        this(TransformerEncoder.Model.E5);
    }

    SentenceEmbedder(TransformerEncoder.Model kind) {
        this(kind, null);
    }

    /** The claim model, e5-small-v2, with vectors kept on disk in {@code store} between runs. */
    public SentenceEmbedder(EmbeddingStore store) {
        this(TransformerEncoder.Model.E5, store);
    }

    SentenceEmbedder(TransformerEncoder.Model kind, EmbeddingStore store) {
        this.kind = kind;
        this.store = store;
    }

    /** How many sentences the model has encoded so far (not those found in a cache). */
    public long encodedSentences() {
        return encoded.get();
    }

    TransformerEncoder.Model kind() {
        return kind;
    }

    /** Loads the model now (about a second), so the first comparison does not wait for it. */
    public void warmUp() {
        model();
    }

    private TransformerEncoder model() {
        TransformerEncoder m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    m = new TransformerEncoder(kind);
                    model = m;
                }
            }
        }
        return m;
    }

    public float[] embed(String sentence) {
        return embedAll(List.of(sentence)).get(0);
    }

    /** Told as batches of sentences are encoded, from any thread. */
    public interface Progress {
        void embedded(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    public List<float[]> embedAll(List<String> sentences) {
        return embedAll(sentences, Progress.NONE);
    }

    /** The vectors of {@code sentences}, those not cached encoded in batches; {@code progress} counts those. */
    public List<float[]> embedAll(List<String> sentences, Progress progress) {
        // Vectors of this call are held here, not only in the cache, which a library larger than it would evict.
        Map<String, float[]> found = new java.util.HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String s : new LinkedHashSet<>(sentences)) {
            float[] cached = cache.get(s);
            if (cached == null && store != null) {
                cached = store.get(kind.resource, s).orElse(null);
                if (cached != null) {
                    cache.put(s, cached);
                }
            }
            if (cached != null) {
                found.put(s, cached);
            } else {
                missing.add(s);
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> embeddings = encode(missing, progress);
            for (int i = 0; i < missing.size(); i++) {
                cache.put(missing.get(i), embeddings.get(i));
                found.put(missing.get(i), embeddings.get(i));
            }
            if (store != null) {
                store.put(kind.resource, missing, embeddings);
            }
        }
        List<float[]> vectors = new ArrayList<>(sentences.size());
        for (String s : sentences) {
            vectors.add(found.get(s));
        }
        return vectors;
    }

    private List<float[]> encode(List<String> sentences, Progress progress) {
        encoded.addAndGet(sentences.size());
        return model().encode(sentences, progress);
    }

    /** Writes every embedding computed so far, so that a long benchmark need not recompute them. */
    public void save(Path file) throws IOException {
        Map<String, float[]> copy;
        synchronized (cache) {
            copy = new LinkedHashMap<>(cache);
        }
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(copy.size());
            for (Map.Entry<String, float[]> e : copy.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                for (float f : e.getValue()) {
                    out.writeFloat(f);
                }
            }
        }
    }

    /** Reads embeddings written by {@link #save(Path)}. */
    public void load(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String key = in.readUTF();
                float[] v = new float[in.readInt()];
                for (int j = 0; j < v.length; j++) {
                    v[j] = in.readFloat();
                }
                cache.put(key, v);
            }
        }
    }

    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
