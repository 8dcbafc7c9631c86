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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code benchmark corpus DIR...}: the corpus of a quarter, a half and all of the folders' articles (every
 * fourth, every second, all), each from a cold embedding cache (a fresh temporary folder), then all of them
 * again over the cache the last run left. Beside it the embedding floor: the encoder alone on the
 * quarter's passages in one call, which the corpus's own embedding is measured against.
 */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Times the corpus of 1/4, 1/2 and all of the articles of one or more folders (cold embedding "
                + "cache), then all again with the cache: passages, embedding, vector search, compared pairs, peak heap; "
                + "and the encoder's batched floor on the quarter's passages.")
final class CorpusBenchmark implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "DIR", description = "folders of articles, taken together")
    List<Path> folders;

    private record Timing(int articles, long characters, int passages, long encoded, double embedSeconds,
                          double searchSeconds, int pairs, double compareSeconds, double totalSeconds, int groups,
                          long peakHeapMb) {
    }

    @Override
    public Integer call() throws ArticleLoadException, IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Article> all = new ArrayList<>();
        for (Path folder : folders) {
            all.addAll(ArticleLibrary.load(folder).articles());
        }
        if (all.size() < 4) {
            throw new IllegalArgumentException(folders + ": needs at least four readable articles to measure growth");
        }
        Path cache = Files.createTempDirectory("parallax-corpus-bench");
        try {
            new ComparisonEngine().warmUp();
            out.printf(Locale.ROOT, "%s: %d articles, %d cores, max heap %d MB%n", folders, all.size(),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            out.println("| run | articles | characters | passages | embedded | analyse+embed s | search s | pairs compared "
                    + "| compare+group s | total s | groups | peak heap MB |");
            out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            Timing quarter = null;
            for (int stride : new int[] {4, 2, 1}) {
                List<Article> part = every(all, stride);
                Path partCache = Files.createTempDirectory(cache, "part");
                Timing t = measure(part, partCache);
                row(out, stride == 1 ? "all, cold" : "1/" + stride + ", cold", t);
                if (stride == 4) {
                    quarter = t;
                }
                if (stride == 1) {
                    row(out, "all, cached", measure(all, partCache));
                }
            }
            List<String> texts = new ComparisonEngine().passageTexts(every(all, 4));
            double floor = floorSeconds(texts);
            out.printf(Locale.ROOT, "encoder floor (the encoder alone, no cache, the quarter's %d distinct passages in one call): %.1f s, "
                    + "%.2f ms a passage; the quarter's corpus analysis and embedding took %.2f× that%n", texts.size(), floor,
                    1000 * floor / Math.max(1, texts.size()), quarter.embedSeconds() / floor);
        } finally {
            try (Stream<Path> files = Files.walk(cache)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        out.flush();
        return 0;
    }

    private static List<Article> every(List<Article> all, int stride) {
        List<Article> part = new ArrayList<>();
        for (int i = 0; i < all.size(); i += stride) {
            part.add(all.get(i));
        }
        return part;
    }

    private static void row(PrintWriter out, String name, Timing t) {
        out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %.1f | %.1f | %d | %.1f | %.1f | %d | %d |%n", name,
                t.articles(), t.characters(), t.passages(), t.encoded(), t.embedSeconds(), t.searchSeconds(), t.pairs(),
                t.compareSeconds(), t.totalSeconds(), t.groups(), t.peakHeapMb());
        out.flush();
    }

    /** The encoder alone, no cache: every one of {@code texts} in one call. */
    private static double floorSeconds(List<String> texts) {
        SentenceEmbedder embedder = new SentenceEmbedder();
        embedder.warmUp();
        long t0 = System.nanoTime();
        embedder.embedAll(texts);
        return (System.nanoTime() - t0) / 1e9;
    }

    private static Timing measure(List<Article> articles, Path cache) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        SentenceEmbedder embedder = new SentenceEmbedder(new EmbeddingStore(cache));
        ComparisonEngine engine = new ComparisonEngine(embedder);
        engine.warmUp();
        long[] marks = new long[2];
        int[] counts = new int[2];
        long t0 = System.nanoTime();
        Corpus corpus = new CorpusEngine(engine, cache).analyse(articles, new CorpusEngine.Progress() {
            @Override
            public void pairDone(int done, int total) {
            }

            @Override
            public void analysed() {
                marks[0] = System.nanoTime();
            }

            @Override
            public void searched(int passages, int pairs) {
                marks[1] = System.nanoTime();
                counts[0] = passages;
                counts[1] = pairs;
            }
        });
        long t1 = System.nanoTime();
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
        long characters = articles.stream().mapToLong(a -> a.text().length()).sum();
        return new Timing(articles.size(), characters, counts[0], embedder.encodedSentences(), (marks[0] - t0) / 1e9,
                (marks[1] - marks[0]) / 1e9, counts[1], (t1 - marks[1]) / 1e9, (t1 - t0) / 1e9,
                corpus.quotes().size() + corpus.claims().size(), peak);
    }
}
