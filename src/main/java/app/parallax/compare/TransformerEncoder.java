package app.parallax.compare;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;

/**
 * A BERT-style sentence encoder (mean-pooled, unit-length vectors) run with ONNX Runtime in-process. Each
 * model call runs on one ORT thread and calls run in parallel, one per core: ORT's default threads
 * oversubscribe the CPU when two callers embed at once (DESIGN.md).
 */
final class TransformerEncoder {

    /** The models shipped as Maven artifacts: ONNX graph and tokenizer as resources on the class path. */
    enum Model {
        /** all-MiniLM-L6-v2, quantized: 6 layers, fast; the MSRP paraphrase feature. */
        MINILM("all-minilm-l6-v2-q"),
        /** e5-small-v2, quantized: 12 layers; ranks annotated news claim pairs best (ROC-AUC 0.955). */
        E5("e5-small-v2-q");

        final String resource;

        Model(String resource) {
            this.resource = resource;
        }
    }

    /**
     * Sentences per model call. The quantized model scales its activations by the largest value in the whole
     * batch, so a sentence encoded beside others gets a slightly different vector (cosine 0.995–0.998 on BBC
     * sentences) than alone, and a comparison would then depend on what the cache happened to hold. Alone, a
     * sentence's vector is the same in the pair view, the corpus and the command line; it costs about an
     * eighth more CPU than batches of 32 (measured on 200 BBC sentences). {@code -Dparallax.batch} overrides
     * it for measuring.
     */
    private static final int BATCH = Integer.getInteger("parallax.batch", 1);
    private static final int MAX_TOKENS = 256;

    private final Model model;
    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean takesTypeIds;

    TransformerEncoder(Model model) {
        this.model = model;
        try (InputStream graph = resource(model.resource + ".onnx");
             InputStream vocabulary = resource(model.resource + "-tokenizer.json");
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            this.session = environment.createSession(graph.readAllBytes(), options);
            this.tokenizer = HuggingFaceTokenizer.newInstance(vocabulary, Map.of(
                    "padding", "false", "truncation", "true", "maxLength", String.valueOf(MAX_TOKENS)));
            this.takesTypeIds = session.getInputNames().contains("token_type_ids");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the " + model.resource + " model: " + e.getMessage(), e);
        }
    }

    Model model() {
        return model;
    }

    /** Unit-length sentence vectors, in the order of {@code texts}. */
    List<float[]> encode(List<String> texts) {
        return encode(texts, SentenceEmbedder.Progress.NONE);
    }

    List<float[]> encode(List<String> texts, SentenceEmbedder.Progress progress) {
        Encoding[] encodings = new Encoding[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            encodings[i] = tokenizer.encode(texts.get(i));
        }
        // Similar lengths in one batch waste little on padding.
        Integer[] order = IntStream.range(0, texts.size()).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, Comparator.comparingInt(i -> encodings[i].getIds().length));
        List<int[]> batches = new ArrayList<>();
        for (int from = 0; from < order.length; from += BATCH) {
            int to = Math.min(order.length, from + BATCH);
            int[] batch = new int[to - from];
            for (int k = from; k < to; k++) {
                batch[k - from] = order[k];
            }
            batches.add(batch);
        }
        float[][] vectors = new float[texts.size()][];
        Thread caller = Thread.currentThread();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        batches.parallelStream().forEach(batch -> {
            if (caller.isInterrupted()) {
                throw new CancellationException("embedding cancelled");
            }
            float[][] out = run(encodings, batch);
            for (int k = 0; k < batch.length; k++) {
                vectors[batch[k]] = out[k];
            }
            progress.embedded(done.addAndGet(batch.length), texts.size());
        });
        return List.of(vectors);
    }

    private float[][] run(Encoding[] encodings, int[] batch) {
        int width = 0;
        for (int i : batch) {
            width = Math.max(width, encodings[i].getIds().length);
        }
        long[] ids = new long[batch.length * width];
        long[] mask = new long[batch.length * width];
        for (int k = 0; k < batch.length; k++) {
            long[] tokenIds = encodings[batch[k]].getIds();
            System.arraycopy(tokenIds, 0, ids, k * width, tokenIds.length);
            for (int t = 0; t < tokenIds.length; t++) {
                mask[k * width + t] = 1;
            }
        }
        long[] shape = {batch.length, width};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape)) {
            Map<String, OnnxTensor> inputs = takesTypeIds
                    ? Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor)
                    : Map.of("input_ids", idTensor, "attention_mask", maskTensor);
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                float[][] pooled = new float[batch.length][];
                for (int k = 0; k < batch.length; k++) {
                    pooled[k] = meanPooled(hidden[k], encodings[batch[k]].getIds().length);
                }
                return pooled;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("embedding failed: " + e.getMessage(), e);
        }
    }

    private static float[] meanPooled(float[][] tokens, int length) {
        float[] v = new float[tokens[0].length];
        for (int t = 0; t < length; t++) {
            for (int d = 0; d < v.length; d++) {
                v[d] += tokens[t][d];
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < v.length; d++) {
            v[d] *= scale;
        }
        return v;
    }

    private static InputStream resource(String name) {
        InputStream in = TransformerEncoder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing model resource " + name + " (is the model jar on the class path?)");
        }
        return in;
    }
}
