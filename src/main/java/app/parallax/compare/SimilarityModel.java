package app.parallax.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The probability that two units say the same thing, from their {@link PairFeatures}: a logistic
 * regression fitted on the MSRP training split ({@code parallax benchmark msrp --fit}). Its weights live in
 * the resource {@code similarity-model.tsv}, which records how they were fitted, with the decision
 * threshold picked on the same training split.
 */
public final class SimilarityModel {

    static final String RESOURCE = "similarity-model.tsv";

    private final double[] mean;
    private final double[] scale;
    private final double[] weights;
    private final double threshold;

    SimilarityModel(LogisticRegression.Fitted fitted, double threshold) {
        this.mean = fitted.mean().clone();
        this.scale = fitted.scale().clone();
        this.weights = fitted.weights().clone();
        this.threshold = threshold;
    }

    public static SimilarityModel bundled() {
        return Holder.BUNDLED;
    }

    double probability(double[] features) {
        return LogisticRegression.sigmoid(LogisticRegression.dot(weights,
                LogisticRegression.standardised(features, mean, scale)));
    }

    /** The probability above which two sentences are judged the same (MSRP train's best accuracy). */
    public double threshold() {
        return threshold;
    }

    SimilarityModel withThreshold(double t) {
        return new SimilarityModel(new LogisticRegression.Fitted(mean, scale, weights), t);
    }

    void write(PrintStream out, String provenance) {
        out.println("# Parallax similarity model: logistic regression over PairFeatures.");
        out.println("# " + provenance);
        out.println("# columns: feature, mean, scale, weight (on the standardised feature)");
        out.printf(Locale.ROOT, "threshold\t%.6f%n", threshold);
        out.printf(Locale.ROOT, "bias\t0\t1\t%.8f%n", weights[0]);
        for (int j = 0; j < mean.length; j++) {
            out.printf(Locale.ROOT, "%s\t%.8f\t%.8f\t%.8f%n", PairFeatures.NAMES[j], mean[j], scale[j], weights[j + 1]);
        }
    }

    private static final class Holder {
        static final SimilarityModel BUNDLED = load();
    }

    private static SimilarityModel load() {
        try (InputStream in = SimilarityModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            double threshold = 0.5;
            double bias = 0;
            List<double[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                switch (cells[0]) {
                    case "threshold" -> threshold = Double.parseDouble(cells[1]);
                    case "bias" -> bias = Double.parseDouble(cells[3]);
                    default -> rows.add(new double[] {
                        Double.parseDouble(cells[1]), Double.parseDouble(cells[2]), Double.parseDouble(cells[3])});
                }
            }
            if (rows.size() != PairFeatures.NAMES.length) {
                throw new IllegalStateException(RESOURCE + " has " + rows.size() + " features, expected "
                        + PairFeatures.NAMES.length);
            }
            double[] mean = new double[rows.size()];
            double[] scale = new double[rows.size()];
            double[] weights = new double[rows.size() + 1];
            weights[0] = bias;
            for (int j = 0; j < rows.size(); j++) {
                mean[j] = rows.get(j)[0];
                scale[j] = rows.get(j)[1];
                weights[j + 1] = rows.get(j)[2];
            }
            return new SimilarityModel(new LogisticRegression.Fitted(mean, scale, weights), threshold);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
