package app.parallax.compare;

import app.parallax.library.ArticleLoadException;
import app.parallax.library.ArticleReader;
import app.parallax.model.Article;
import app.parallax.model.Comparison;
import app.parallax.model.QuoteMatch;
import app.parallax.model.SharedPhrase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Development tool: for every article pair of annotated gold files, the units of both articles and the
 * evidence for every candidate unit pair, one JSON line per article pair, for fitting and studying the
 * claim decision outside the engine.
 */
public final class GoldPairDump {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final double MIN_E5 = 0.70;

    private final ComparisonEngine engine;
    private final SentenceEmbedder paraphrase = new SentenceEmbedder(TransformerEncoder.Model.MINILM);
    private final PairFeatures features = new PairFeatures(DocumentFrequencies.bundled());

    public GoldPairDump(ComparisonEngine engine) {
        this.engine = engine;
    }

    public void dump(List<Path> goldFiles, PrintStream out) throws IOException, ArticleLoadException {
        ArticleReader reader = new ArticleReader();
        for (Path gold : goldFiles) {
            JsonNode root = MAPPER.readTree(gold.toFile());
            Path base = gold.toAbsolutePath().getParent().getParent().getParent().getParent().resolve(root.get("dir").asText());
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = root.get("articles").fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            names.sort(null);
            for (int x = 0; x < names.size(); x++) {
                for (int y = x + 1; y < names.size(); y++) {
                    Article a = reader.read(base.resolve(names.get(x)));
                    Article b = reader.read(base.resolve(names.get(y)));
                    out.println(MAPPER.writeValueAsString(pair(gold.getFileName().toString(), names.get(x), names.get(y), a, b)));
                }
            }
        }
    }

    /** MSRP pairs with the same evidence, one JSON line per split: {"msrp": split, "rows": [[label, features…]]}. */
    public void dumpMsrp(Path folder, PrintStream out) throws IOException {
        SentenceEmbedder claims = new SentenceEmbedder();
        UnitFactory units = new UnitFactory();
        for (String split : List.of("train", "test")) {
            List<ParaphraseBenchmark.Pair> pairs = ParaphraseBenchmark.read(folder.resolve(split + ".tsv"));
            List<String> sentences = new ArrayList<>();
            pairs.forEach(p -> {
                sentences.add(p.first());
                sentences.add(p.second());
            });
            List<float[]> e5 = claims.embedAll(sentences);
            List<float[]> mini = paraphrase.embedAll(sentences);
            ObjectNode o = MAPPER.createObjectNode().put("msrp", split);
            ArrayNode rows = o.putArray("rows");
            for (int k = 0; k < pairs.size(); k++) {
                Unit ua = units.unit(pairs.get(k).first()).withEmbedding(e5.get(2 * k));
                Unit ub = units.unit(pairs.get(k).second()).withEmbedding(e5.get(2 * k + 1));
                ArrayNode row = rows.addArray();
                row.add(pairs.get(k).paraphrase() ? 1 : 0).add(SentenceEmbedder.cosine(mini.get(2 * k), mini.get(2 * k + 1)));
                for (double f : features.of(ua, ub)) {
                    row.add(Math.round(f * 1e5) / 1e5);
                }
            }
            out.println(MAPPER.writeValueAsString(o));
        }
    }

    private ObjectNode pair(String gold, String nameA, String nameB, Article left, Article right) {
        Comparison c = engine.compare(left, right);
        ArticleAnalysis a = engine.analysisOf(left);
        ArticleAnalysis b = engine.analysisOf(right);
        ObjectNode o = MAPPER.createObjectNode();
        o.put("gold", gold).put("a", nameA).put("b", nameB);
        ArrayNode quotes = o.putArray("quotes");
        for (QuoteMatch q : c.quotes()) {
            quotes.addObject().put("left", q.left().text()).put("right", q.right().text()).put("p", q.similarity());
        }
        ArrayNode candidates = o.putArray("quoteCandidates");
        for (QuoteAligner.Candidate q : engine.quoteAligner().candidates(a, b)) {
            ObjectNode row = candidates.addObject().put("i", q.left()).put("j", q.right())
                    .put("left", q.match().left().text()).put("right", q.match().right().text())
                    .put("minilm", SentenceEmbedder.cosine(paraphrase.embed(q.leftCore().text()), paraphrase.embed(q.rightCore().text())))
                    .put("short", q.leftCore().words().size() < QuoteAligner.MIN_CORE_WORDS);
            ArrayNode f = row.putArray("features");
            for (double x : features.of(q.leftCore(), q.rightCore())) {
                f.add(Math.round(x * 1e5) / 1e5);
            }
        }
        ArrayNode phrases = o.putArray("phrases");
        for (SharedPhrase p : c.phrases()) {
            phrases.addObject().put("left", p.left().text()).put("right", p.right().text());
        }
        o.set("unitsA", units(a));
        o.set("unitsB", units(b));
        List<float[]> ma = paraphrase.embedAll(a.units.stream().map(Unit::text).toList());
        List<float[]> mb = paraphrase.embedAll(b.units.stream().map(Unit::text).toList());
        ArrayNode rows = o.putArray("pairs");
        for (int i = 0; i < a.units.size(); i++) {
            for (int j = 0; j < b.units.size(); j++) {
                Unit ua = a.units.get(i);
                Unit ub = b.units.get(j);
                double e5 = SentenceEmbedder.cosine(ua.embedding(), ub.embedding());
                if (e5 < MIN_E5) {
                    continue;
                }
                ArrayNode row = rows.addArray();
                row.add(i).add(j).add(SentenceEmbedder.cosine(ma.get(i), mb.get(j)));
                for (double f : features.of(ua, ub, e5)) {
                    row.add(Math.round(f * 1e5) / 1e5);
                }
            }
        }
        return o;
    }

    private static ArrayNode units(ArticleAnalysis side) {
        ArrayNode units = MAPPER.createArrayNode();
        for (Unit u : side.units) {
            units.addObject().put("text", u.text()).put("start", u.span().start())
                    .put("substantial", side.isSubstantial(u)).put("words", u.words().size());
        }
        return units;
    }
}
