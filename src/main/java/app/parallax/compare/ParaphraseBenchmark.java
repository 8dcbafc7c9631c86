package app.parallax.compare;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Microsoft Research Paraphrase Corpus benchmark: the threshold (and, with {@code fit}, the model
 * itself) chosen on {@code train.tsv} only; accuracy and F1 reported on {@code test.tsv}.
 */
public final class ParaphraseBenchmark {

    public record Pair(String first, String second, boolean paraphrase) {
    }

    public record Result(int trainPairs, int testPairs, double threshold, double trainAccuracy,
                         double testAccuracy, double testF1, double majorityBaseline) {
    }

    private final SentenceEmbedder embedder;
    private final UnitFactory units = new UnitFactory();
    private final PairFeatures features = new PairFeatures(DocumentFrequencies.bundled());

    public ParaphraseBenchmark(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    public static List<Pair> read(Path tsv) throws IOException {
        List<Pair> pairs = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            if (cells.length == 5) {
                pairs.add(new Pair(cells[3], cells[4], cells[0].equals("1")));
            }
        }
        return pairs;
    }

    /**
     * Runs the benchmark on {@code folder/train.tsv} and {@code folder/test.tsv}. With {@code fitTo} set,
     * the model is first refitted on train and written there.
     */
    public Result run(Path folder, Path fitTo, PrintStream log) throws IOException {
        List<Pair> train = read(folder.resolve("train.tsv"));
        List<Pair> test = read(folder.resolve("test.tsv"));
        log.printf("embedding %d + %d pairs%n", train.size(), test.size());
        double[][] trainX = featureRows(train);
        double[][] testX = featureRows(test);
        int[] trainY = train.stream().mapToInt(p -> p.paraphrase() ? 1 : 0).toArray();
        SimilarityModel model = fitTo == null ? SimilarityModel.bundled()
                : new SimilarityModel(LogisticRegression.fit(trainX, trainY), 0.5);
        double[] trainP = probabilities(model, trainX);
        double threshold = bestThreshold(trainP, train);
        model = model.withThreshold(threshold);
        if (fitTo != null) {
            try (PrintStream out = new PrintStream(Files.newOutputStream(fitTo), true, StandardCharsets.UTF_8)) {
                model.write(out, "fitted by `parallax benchmark msrp DIR --fit FILE` on MSRP train.tsv ("
                        + train.size() + " pairs); threshold = best train accuracy");
            }
        }
        double[] testP = probabilities(model, testX);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int correct = 0;
        for (int i = 0; i < test.size(); i++) {
            boolean said = testP[i] >= threshold;
            boolean truth = test.get(i).paraphrase();
            correct += said == truth ? 1 : 0;
            tp += said && truth ? 1 : 0;
            fp += said && !truth ? 1 : 0;
            fn += !said && truth ? 1 : 0;
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        long positives = test.stream().filter(Pair::paraphrase).count();
        return new Result(train.size(), test.size(), threshold, accuracy(trainP, train, threshold),
                (double) correct / test.size(), f1, Math.max(positives, test.size() - positives) / (double) test.size());
    }

    private double[][] featureRows(List<Pair> pairs) {
        Set<String> sentences = new LinkedHashSet<>();
        pairs.forEach(p -> {
            sentences.add(p.first());
            sentences.add(p.second());
        });
        embedder.embedAll(new ArrayList<>(sentences));
        double[][] rows = new double[pairs.size()][];
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            rows[i] = features.of(prepared(p.first()), prepared(p.second()));
        }
        return rows;
    }

    Unit prepared(String sentence) {
        return units.unit(sentence).withEmbedding(embedder.embed(sentence));
    }

    private static double[] probabilities(SimilarityModel model, double[][] rows) {
        double[] p = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            p[i] = model.probability(rows[i]);
        }
        return p;
    }

    private static double bestThreshold(double[] p, List<Pair> pairs) {
        double best = 0.5;
        double bestAccuracy = -1;
        for (int step = 1; step < 200; step++) {
            double t = step / 200.0;
            double accuracy = accuracy(p, pairs, t);
            if (accuracy > bestAccuracy) {
                bestAccuracy = accuracy;
                best = t;
            }
        }
        return best;
    }

    private static double accuracy(double[] p, List<Pair> pairs, double threshold) {
        int correct = 0;
        for (int i = 0; i < p.length; i++) {
            correct += (p[i] >= threshold) == pairs.get(i).paraphrase() ? 1 : 0;
        }
        return (double) correct / p.length;
    }
}
