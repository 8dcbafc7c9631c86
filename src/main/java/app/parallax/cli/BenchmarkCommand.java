package app.parallax.cli;

import app.parallax.compare.ComparisonEngine;
import app.parallax.compare.ParaphraseBenchmark;
import app.parallax.compare.SentenceEmbedder;
import app.parallax.library.ArticleLibrary;
import app.parallax.library.ArticleLoadException;
import app.parallax.library.LibraryContents;
import app.parallax.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

@Command(name = "benchmark", mixinStandardHelpOptions = true, description = "Measures quality and speed.",
        subcommands = {BenchmarkCommand.Msrp.class, BenchmarkCommand.Speed.class, BenchmarkCommand.Gold.class})
final class BenchmarkCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a benchmark: msrp or speed");
    }

    @Command(name = "msrp", mixinStandardHelpOptions = true,
            description = "Paraphrase benchmark on the MSRP corpus: the claim model with its threshold from train.tsv, accuracy and F1 on test.tsv.")
    static final class Msrp implements java.util.concurrent.Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "folder with train.tsv and test.tsv")
        Path folder;

        @Option(names = "--embeddings", paramLabel = "FILE", description = "keep computed embeddings in FILE between runs")
        Path embeddings;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(folder.resolve("train.tsv")) || !Files.isRegularFile(folder.resolve("test.tsv"))) {
                throw new IllegalArgumentException(folder + ": expected train.tsv and test.tsv there");
            }
            PrintWriter out = spec.commandLine().getOut();
            SentenceEmbedder embedder = new SentenceEmbedder();
            if (embeddings != null && Files.isRegularFile(embeddings)) {
                embedder.load(embeddings);
            }
            long start = System.nanoTime();
            PrintStream log = new PrintStream(System.err, true);
            ParaphraseBenchmark.Result r = new ParaphraseBenchmark(embedder).run(folder, log);
            if (embeddings != null) {
                embedder.save(embeddings);
            }
            out.printf(Locale.ROOT, "MSRP: %d train pairs, %d test pairs%n", r.trainPairs(), r.testPairs());
            out.printf(Locale.ROOT, "threshold (best train accuracy): %.3f, train accuracy %.4f%n", r.threshold(), r.trainAccuracy());
            out.printf(Locale.ROOT, "test accuracy %.4f, test F1 %.4f (majority class %.4f)%n", r.testAccuracy(), r.testF1(),
                    r.majorityBaseline());
            out.printf(Locale.ROOT, "took %.1f s%n", (System.nanoTime() - start) / 1e9);
            return 0;
        }
    }

    @Command(name = "speed", mixinStandardHelpOptions = true,
            description = "Model load time and milliseconds per comparison over every pair of a folder's articles.")
    static final class Speed implements java.util.concurrent.Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FOLDER", defaultValue = "articles", description = "default: ${DEFAULT-VALUE}")
        Path folder;

        @Option(names = "--rounds", defaultValue = "5", description = "repeated rounds over all pairs (default: ${DEFAULT-VALUE})")
        int rounds;

        @Override
        public Integer call() throws ArticleLoadException {
            PrintWriter out = spec.commandLine().getOut();
            LibraryContents library = ArticleLibrary.load(folder);
            List<Article> articles = library.articles();
            if (articles.size() < 2) {
                throw new IllegalArgumentException(folder + ": needs at least two readable articles");
            }
            ComparisonEngine engine = new ComparisonEngine();
            long t0 = System.nanoTime();
            engine.warmUp();
            double load = (System.nanoTime() - t0) / 1e6;
            int pairs = articles.size() * (articles.size() - 1) / 2;
            long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
            t0 = System.nanoTime();
            compareAll(engine, articles);
            double first = (System.nanoTime() - t0) / 1e6 / pairs;
            t0 = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                compareAll(engine, articles);
            }
            double again = (System.nanoTime() - t0) / 1e6 / (pairs * (double) rounds);
            out.printf(Locale.ROOT, "%d articles (%d characters in all), %d pairs, %d cores%n", articles.size(), chars, pairs,
                    Runtime.getRuntime().availableProcessors());
            out.printf(Locale.ROOT, "model load: %.0f ms%n", load);
            out.printf(Locale.ROOT, "first comparison of each pair (articles analysed and embedded): %.0f ms per pair%n", first);
            out.printf(Locale.ROOT, "repeated comparison (analyses cached): %.1f ms per pair over %d rounds%n", again, rounds);
            return 0;
        }

        private static void compareAll(ComparisonEngine engine, List<Article> articles) {
            for (int i = 0; i < articles.size(); i++) {
                for (int j = i + 1; j < articles.size(); j++) {
                    engine.compare(articles.get(i), articles.get(j));
                }
            }
        }
    }

    @Command(name = "gold", mixinStandardHelpOptions = true,
            description = "Writes, per article pair of annotated gold files, every unit and the evidence for each "
                    + "candidate unit pair (one JSON line per pair), for studying and fitting the claim decision.")
    static final class Gold implements java.util.concurrent.Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "GOLD", arity = "1..*", description = "gold files (../shared/data/dev-gold/*-gold.json)")
        List<Path> gold;

        @Option(names = "--msrp", paramLabel = "DIR", description = "also the MSRP pairs of DIR/train.tsv and DIR/test.tsv")
        Path msrp;

        @Override
        public Integer call() throws IOException, ArticleLoadException {
            PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                    java.nio.charset.StandardCharsets.UTF_8);
            app.parallax.compare.GoldPairDump dump = new app.parallax.compare.GoldPairDump(new ComparisonEngine());
            if (msrp != null) {
                dump.dumpMsrp(msrp, out);
            }
            dump.dump(gold, out);
            return 0;
        }
    }
}
