package app.parallax.report;

import app.parallax.model.Article;
import app.parallax.model.ClaimMatch;
import app.parallax.model.Conflict;
import app.parallax.model.Comparison;
import app.parallax.model.DiffChunk;
import app.parallax.model.QuoteMatch;
import app.parallax.model.RelatedPair;
import app.parallax.model.SharedPhrase;
import app.parallax.model.Span;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;

/**
 * The comparison as JSON: the contract the command line prints and outside scripts read. Field names and
 * shapes are fixed (see the README); offsets are Java String indices into each article's displayed text.
 */
public final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String render(Comparison c) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("left", article(c.left()));
        root.set("right", article(c.right()));
        ArrayNode quotes = root.putArray("quotes");
        for (QuoteMatch q : c.quotes()) {
            ObjectNode o = match(quotes, q.left(), q.right(), q.similarity());
            ArrayNode diff = o.putArray("diff");
            for (DiffChunk d : q.diff()) {
                diff.addObject().put("op", d.op().name().toLowerCase(Locale.ROOT)).put("left", d.left()).put("right", d.right());
            }
            ObjectNode speaker = o.putObject("speaker");
            speaker.put("left", q.leftSpeaker().orElse(null));
            speaker.put("right", q.rightSpeaker().orElse(null));
            words(o, q.sharedWords());
        }
        ArrayNode claims = root.putArray("claims");
        for (ClaimMatch m : c.claims()) {
            ObjectNode o = match(claims, m.left(), m.right(), m.similarity());
            o.put("verbatim", m.verbatim());
            conflict(o, m.conflict());
            words(o, m.sharedWords());
        }
        ArrayNode related = root.putArray("related");
        for (RelatedPair r : c.related()) {
            conflict(match(related, r.left(), r.right(), r.similarity()), r.conflict());
        }
        ArrayNode phrases = root.putArray("phrases");
        for (SharedPhrase p : c.phrases()) {
            ObjectNode o = phrases.addObject();
            o.set("left", span(p.left()));
            o.set("right", span(p.right()));
            o.put("words", p.words());
        }
        ObjectNode unique = root.putObject("unique");
        unique.set("left", spans(c.unique().left()));
        unique.set("right", spans(c.unique().right()));
        ObjectNode boilerplate = root.putObject("boilerplate");
        boilerplate.set("left", spans(c.boilerplate().left()));
        boilerplate.set("right", spans(c.boilerplate().right()));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static ObjectNode article(Article a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("file", a.file().toString());
        o.put("title", a.title());
        o.put("outlet", a.metadata().outlet().orElse(null));
        o.put("date", a.metadata().date().map(Object::toString).orElse(null));
        o.put("length", a.text().length());
        return o;
    }

    private static ObjectNode match(ArrayNode list, Span left, Span right, double similarity) {
        ObjectNode o = list.addObject();
        o.set("left", span(left));
        o.set("right", span(right));
        o.put("similarity", round(similarity));
        return o;
    }

    private static void conflict(ObjectNode o, java.util.Optional<Conflict> conflict) {
        if (conflict.isPresent()) {
            o.putObject("conflict").put("kind", conflict.get().kind().name().toLowerCase(Locale.ROOT))
                    .put("left", conflict.get().left().text()).put("right", conflict.get().right().text());
        } else {
            o.putNull("conflict");
        }
    }

    private static ObjectNode span(Span s) {
        return MAPPER.createObjectNode().put("start", s.start()).put("end", s.end()).put("text", s.text());
    }

    private static ArrayNode spans(List<Span> spans) {
        ArrayNode array = MAPPER.createArrayNode();
        spans.forEach(s -> array.add(span(s)));
        return array;
    }

    /** Why it matched: the content words both sides share (an addition to the contract, which readers may ignore). */
    private static void words(ObjectNode o, List<String> shared) {
        ArrayNode a = o.putArray("sharedWords");
        shared.forEach(a::add);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
