package app.parallax.cli;

import app.parallax.compare.ComparisonEngine;
import app.parallax.compare.EmbeddingStore;
import app.parallax.compare.SentenceEmbedder;
import app.parallax.corpus.Corpus;
import app.parallax.corpus.CorpusEngine;
import app.parallax.library.ArticleLibrary;
import app.parallax.library.ArticleLoadException;
import app.parallax.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code benchmark corpus DIR}: the corpus of the first quarter, half and all of a folder, each from a cold
 * embedding cache (a fresh temporary folder), then all of it again over the cache a first run left.
 */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Times the corpus of 1/4, 1/2 and all of a folder (cold embedding cache), then all of it again "
                + "with the cache: articles, passages, embedding time, pair and grouping time, peak heap.")
final class CorpusBenchmark implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "a folder of articles")
    Path folder;

    private record Timing(int articles, long characters, int passages, long encoded, double embedSeconds,
                          double groupSeconds, int groups, long peakHeapMb) {
    }

    @Override
    public Integer call() throws ArticleLoadException, IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Article> all = ArticleLibrary.load(folder).articles();
        if (all.size() < 4) {
            throw new IllegalArgumentException(folder + ": needs at least four readable articles to measure growth");
        }
        Path cache = Files.createTempDirectory("parallax-corpus-bench");
        try {
            new ComparisonEngine().warmUp();
            out.printf(Locale.ROOT, "%s, %d cores, max heap %d MB%n", folder, Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
            out.println("| run | articles | characters | passages | embedded | embed s | pairs+groups s | total s | groups | peak heap MB |");
            out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (int denominator : new int[] {4, 2, 1}) {
                List<Article> part = all.subList(0, all.size() / denominator);
                row(out, "1/" + denominator + " cold", measure(part, Files.createTempDirectory(cache, "part")));
            }
            Path shared = Files.createTempDirectory(cache, "all");
            measure(all, shared);
            row(out, "all, cached", measure(all, shared));
        } finally {
            try (Stream<Path> files = Files.walk(cache)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        out.flush();
        return 0;
    }

    private static void row(PrintWriter out, String name, Timing t) {
        out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %.1f | %.1f | %.1f | %d | %d |%n", name, t.articles(),
                t.characters(), t.passages(), t.encoded(), t.embedSeconds(), t.groupSeconds(),
                t.embedSeconds() + t.groupSeconds(), t.groups(), t.peakHeapMb());
        out.flush();
    }

    private static Timing measure(List<Article> articles, Path cache) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        SentenceEmbedder embedder = new SentenceEmbedder(new EmbeddingStore(cache));
        ComparisonEngine engine = new ComparisonEngine(embedder);
        long t0 = System.nanoTime();
        int passages = articles.stream().mapToInt(engine::prepare).sum();
        long t1 = System.nanoTime();
        Corpus corpus = new CorpusEngine(engine).analyse(articles);
        long t2 = System.nanoTime();
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
        long characters = articles.stream().mapToLong(a -> a.text().length()).sum();
        return new Timing(articles.size(), characters, passages, embedder.encodedSentences(), (t1 - t0) / 1e9,
                (t2 - t1) / 1e9, corpus.quotes().size() + corpus.claims().size(), peak);
    }
}
