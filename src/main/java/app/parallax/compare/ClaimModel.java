package app.parallax.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The probability that two passages assert a common fact, from their {@link ClaimFeatures}: a logistic
 * regression fitted on annotated news pairs (the dev gold); {@link #paraphrase()} is the same regression
 * fitted on MSRP train. Their weights, thresholds and how they were fitted live in the resources
 * {@code claim-model.tsv} and {@code paraphrase-model.tsv} ({@code tools/fit_claim_model.py}).
 *
 * <p>The system property {@code parallax.claimModel} names another model file: leave-one-triplet-out
 * evaluation runs the jar with a model that never saw the triplet it is scored on.
 */
public final class ClaimModel {

    static final String RESOURCE = "claim-model.tsv";
    static final String PARAPHRASE_RESOURCE = "paraphrase-model.tsv";
    static final String OVERRIDE_PROPERTY = "parallax.claimModel";

    /** The named decision thresholds a model file carries. */
    enum Threshold {
        /** A confident shared claim. */
        SHARED,
        /** Below shared but above this: "possibly the same". Below it, a passage is only in its own source. */
        RELATED,
        /** Two quotes render one statement. */
        QUOTE,
        /** Two standalone sentences are paraphrases (best accuracy on MSRP train). */
        PARAPHRASE
    }

    private final double[] mean;
    private final double[] scale;
    private final double[] weights;
    private final Map<Threshold, Double> thresholds;

    private ClaimModel(double[] mean, double[] scale, double[] weights, Map<Threshold, Double> thresholds) {
        this.mean = mean;
        this.scale = scale;
        this.weights = weights;
        this.thresholds = Map.copyOf(thresholds);
    }

    public static ClaimModel bundled() {
        return Holder.BUNDLED;
    }

    double probability(double[] features) {
        return LogisticRegression.sigmoid(LogisticRegression.dot(weights,
                LogisticRegression.standardised(features, mean, scale)));
    }

    double threshold(Threshold which) {
        Double t = thresholds.get(which);
        if (t == null) {
            throw new IllegalStateException("this model has no " + which.name().toLowerCase(java.util.Locale.ROOT) + " threshold");
        }
        return t;
    }

    /**
     * The verdict on two standalone sentences ("are these the same?", MSRP's question rather than the
     * news question "do these passages share a fact?"): the same features, fitted on MSRP train alone.
     */
    public static ClaimModel paraphrase() {
        return Holder.PARAPHRASE;
    }

    private static final class Holder {
        static final ClaimModel BUNDLED = load(RESOURCE, System.getProperty(OVERRIDE_PROPERTY));
        static final ClaimModel PARAPHRASE = load(PARAPHRASE_RESOURCE, null);
    }

    private static ClaimModel load(String resource, String override) {
        try (InputStream in = override != null ? Files.newInputStream(Path.of(override))
                : ClaimModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads "threshold NAME value", "bias value" and "feature mean scale weight" rows (tab-separated; "#"
     * starts a comment). Every feature of {@link ClaimFeatures#NAMES} must be there, in any order.
     */
    static ClaimModel read(List<String> lines) {
        Map<Threshold, Double> thresholds = new HashMap<>();
        Map<String, double[]> rows = new HashMap<>();
        double bias = 0;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            switch (cells[0]) {
                case "threshold" -> thresholds.put(Threshold.valueOf(cells[1].toUpperCase(java.util.Locale.ROOT)),
                        Double.parseDouble(cells[2]));
                case "bias" -> bias = Double.parseDouble(cells[1]);
                default -> rows.put(cells[0], new double[] {
                    Double.parseDouble(cells[1]), Double.parseDouble(cells[2]), Double.parseDouble(cells[3])});
            }
        }
        int d = ClaimFeatures.NAMES.length;
        double[] mean = new double[d];
        double[] scale = new double[d];
        double[] weights = new double[d + 1];
        weights[0] = bias;
        for (int j = 0; j < d; j++) {
            double[] row = rows.get(ClaimFeatures.NAMES[j]);
            if (row == null) {
                throw new IllegalStateException("the claim model has no weight for '" + ClaimFeatures.NAMES[j] + "'");
            }
            mean[j] = row[0];
            scale[j] = row[1];
            weights[j + 1] = row[2];
        }
        return new ClaimModel(mean, scale, weights, thresholds);
    }
}
