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
    private volatile TransformerEncoder model;

    /** The claim model, e5-small-v2. */
    public SentenceEmbedder() {
        this(TransformerEncoder.Model.E5);
    }

    SentenceEmbedder(TransformerEncoder.Model kind) {
        this.kind = kind;
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

    public List<float[]> embedAll(List<String> sentences) {
        Set<String> unique = new LinkedHashSet<>();
        for (String s : sentences) {
            if (!cache.containsKey(s)) {
                unique.add(s);
            }
        }
        List<String> missing = new ArrayList<>(unique);
        if (!missing.isEmpty()) {
            List<float[]> embeddings = model().encode(missing);
            for (int i = 0; i < missing.size(); i++) {
                cache.put(missing.get(i), embeddings.get(i));
            }
        }
        List<float[]> vectors = new ArrayList<>(sentences.size());
        for (String s : sentences) {
            float[] v = cache.get(s);
            if (v == null) {
                // Evicted since: a cache smaller than one call's sentences.
                v = model().encode(List.of(s)).get(0);
                cache.put(s, v);
            }
            vectors.add(v);
        }
        return vectors;
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
