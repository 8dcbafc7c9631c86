package app.parallax.corpus;

import app.parallax.compare.LibraryAnalysis;
import app.parallax.compare.LibraryAnalysis.Passage;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Candidate pairs from approximate nearest neighbours: the library's passage vectors in a Lucene HNSW index
 * (one per library, in a folder beside the embedding cache, reused while the library's passages are the
 * same), searched for each passage's {@link #NEIGHBOURS} nearest passages of other articles. A passage near
 * more articles than that reaches only the nearest of them; the pairs it misses are usually reached by
 * another passage of the same two articles. For libraries too large for the exact search.
 */
final class HnswCandidatePairs implements CandidatePairs {

    static final int NEIGHBOURS = 10;
    private static final String VECTOR = "vector";
    private static final String PASSAGE = "passage";
    private static final String KIND = "kind";
    private static final TermQuery QUOTES = new TermQuery(new Term(KIND, "quote"));
    private static final String COMPLETE = "complete";
    private static final int INDEXES_KEPT = 4;

    private final Path folder;

    /** {@code folder}: where the per-library indexes live. */
    HnswCandidatePairs(Path folder) {
        this.folder = folder;
    }

    @Override
    public Set<Long> pairs(LibraryAnalysis library, List<Passage> passages) {
        try {
            Path index = folder.resolve("passages-" + key(passages));
            if (!Files.exists(index.resolve(COMPLETE))) {
                build(index, passages);
            }
            // The pairs depend on the passages (the index's name) and on the engine's test of a link.
            Path found = index.resolve("pairs-" + library.fingerprint() + ".bin");
            Optional<Set<Long>> known = readPairs(found);
            if (known.isPresent()) {
                return known.get();
            }
            Set<Long> pairs = search(index, library, passages);
            writePairs(found, pairs);
            return pairs;
        } catch (IOException e) {
            throw new UncheckedIOException("the library's vector index at " + folder + " failed: " + e.getMessage(), e);
        }
    }

    private void build(Path index, List<Passage> passages) throws IOException {
        deleteTree(index);
        Files.createDirectories(index);
        IndexWriterConfig config = new IndexWriterConfig();
        // Few segments: each is a graph to search, and merging them would rebuild the graph.
        config.setRAMBufferSizeMB(256);
        config.setUseCompoundFile(false);
        try (Directory dir = FSDirectory.open(index); IndexWriter writer = new IndexWriter(dir, config)) {
            Thread caller = Thread.currentThread();
            // Each indexing thread builds the graph of a segment of its own: the build runs on every core.
            IntStream.range(0, passages.size()).parallel().forEach(i -> {
                if (caller.isInterrupted()) {
                    throw new CancellationException("corpus analysis cancelled");
                }
                Document doc = new Document();
                doc.add(new KnnFloatVectorField(VECTOR, passages.get(i).vector(), VectorSimilarityFunction.DOT_PRODUCT));
                doc.add(new NumericDocValuesField(PASSAGE, i));
                doc.add(new StringField(KIND, passages.get(i).quote() ? "quote" : "sentence", Field.Store.NO));
                try {
                    writer.addDocument(doc);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.commit();
        }
        Files.writeString(index.resolve(COMPLETE), passages.size() + " passages\n");
        forgetOldIndexes(index);
    }

    private static Set<Long> search(Path index, LibraryAnalysis library, List<Passage> passages) throws IOException {
        int[] perArticle = new int[passages.stream().mapToInt(Passage::article).max().orElse(0) + 1];
        passages.forEach(p -> perArticle[p.article()]++);
        try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            int[] passageOf = passageOfDocument(reader);
            IndexSearcher searcher = new IndexSearcher(reader);
            Thread caller = Thread.currentThread();
            return IntStream.range(0, passages.size()).parallel().mapToObj(i -> {
                if (caller.isInterrupted()) {
                    throw new CancellationException("corpus analysis cancelled");
                }
                Passage p = passages.get(i);
                // The passage's own article fills the first places; ask for enough to see past them.
                int k = NEIGHBOURS + Math.min(perArticle[p.article()], 200);
                Set<Long> found = new HashSet<>();

                try {
                    // A quote's nearest passages are the sentences around it and its like: search quotes only.
                    TopDocs top = searcher.search(p.quote()
                            ? new KnnFloatVectorQuery(VECTOR, p.vector(), k, QUOTES)
                            : new KnnFloatVectorQuery(VECTOR, p.vector(), k), k);
                    int others = 0;
                    for (ScoreDoc hit : top.scoreDocs) {
                        Passage q = passages.get(passageOf[hit.doc]);
                        double cosine = 2 * hit.score - 1;
                        if (q.article() == p.article()) {
                            continue;
                        }
                        if (++others > NEIGHBOURS || cosine < MIN_COSINE) {
                            break;
                        }
                        long key = CandidatePairs.key(p.article(), q.article());
                        if (!found.contains(key) && library.mayMatch(p, q, cosine, NARROW_GAP)) {
                            found.add(key);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return found;
            }).collect(HashSet::new, Set::addAll, Set::addAll);
        }
    }

    private static int[] passageOfDocument(DirectoryReader reader) throws IOException {
        int[] passageOf = new int[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues values = leaf.reader().getNumericDocValues(PASSAGE);
            for (int doc = values.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                passageOf[leaf.docBase + doc] = (int) values.longValue();
            }
        }
        return passageOf;
    }

    private static Optional<Set<Long>> readPairs(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            int n = in.readInt();
            Set<Long> pairs = new HashSet<>();
            for (int k = 0; k < n; k++) {
                pairs.add(in.readLong());
            }
            return Optional.of(pairs);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void writePairs(Path file, Set<Long> pairs) {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(part)))) {
            out.writeInt(pairs.size());
            for (long p : pairs) {
                out.writeLong(p);
            }
        } catch (IOException e) {
            return; // only slower next time
        }
        try {
            Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // only slower next time
        }
    }

    /** Names the index by its passages, so that a changed library gets a new one and an unchanged one reuses it. */
    private static String key(List<Passage> passages) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Passage p : passages) {
                sha.update((p.article() + "\u0000" + p.span().text() + "\u0000").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private void forgetOldIndexes(Path current) throws IOException {
        List<Path> indexes;
        try (Stream<Path> listing = Files.list(folder)) {
            indexes = listing.filter(p -> p.getFileName().toString().startsWith("passages-") && !p.equals(current))
                    .sorted(Comparator.comparing(HnswCandidatePairs::modified).reversed()).toList();
        }
        for (Path old : indexes.subList(Math.min(indexes.size(), INDEXES_KEPT - 1), indexes.size())) {
            deleteTree(old);
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
