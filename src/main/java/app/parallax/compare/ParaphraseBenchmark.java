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
 * The Microsoft Research Paraphrase Corpus benchmark: the paraphrase model (the claim features, fitted on
 * {@code train.tsv} alone, threshold picked there) scored on {@code test.tsv}.
 */
public final class ParaphraseBenchmark {

    public record Pair(String first, String second, boolean paraphrase) {
    }

    public record Result(int trainPairs, int testPairs, double threshold, double trainAccuracy,
                         double testAccuracy, double testF1, double majorityBaseline) {
    }

    private final SentenceEmbedder embedder;
    private final UnitFactory units = new UnitFactory();
    private final ClaimModel model = ClaimModel.paraphrase();
    private final ClaimScorer scorer = new ClaimScorer(model, new ClaimFeatures(new PairFeatures(DocumentFrequencies.bundled())));

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
     * Runs the benchmark on {@code folder/train.tsv} and {@code folder/test.tsv} with the bundled
     * {@link ClaimModel} and its paraphrase threshold, which was picked on train when the model was fitted.
     */
    public Result run(Path folder, PrintStream log) throws IOException {
        List<Pair> train = read(folder.resolve("train.tsv"));
        List<Pair> test = read(folder.resolve("test.tsv"));
        log.printf("embedding %d + %d pairs%n", train.size(), test.size());
        double threshold = model.threshold(ClaimModel.Threshold.PARAPHRASE);
        double[] trainP = probabilities(train);
        double[] testP = probabilities(test);
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

    private double[] probabilities(List<Pair> pairs) {
        Set<String> sentences = new LinkedHashSet<>();
        pairs.forEach(p -> {
            sentences.add(p.first());
            sentences.add(p.second());
        });
        embedder.embedAll(new ArrayList<>(sentences));
        double[] p = new double[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            p[i] = scorer.score(prepared(pairs.get(i).first()), prepared(pairs.get(i).second()));
        }
        return p;
    }

    Unit prepared(String sentence) {
        return units.unit(sentence).withEmbedding(embedder.embed(sentence));
    }

    private static double accuracy(double[] p, List<Pair> pairs, double threshold) {
        int correct = 0;
        for (int i = 0; i < p.length; i++) {
            correct += (p[i] >= threshold) == pairs.get(i).paraphrase() ? 1 : 0;
        }
        return (double) correct / p.length;
    }
}
