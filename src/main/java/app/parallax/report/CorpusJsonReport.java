package app.parallax.report;

import app.parallax.corpus.Corpus;
import app.parallax.corpus.CorpusGroup;
import app.parallax.corpus.CorpusMember;
import app.parallax.model.Article;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Who reports what, as JSON: {@code articles}, {@code quotes} and {@code claims} (groups with an id, a gist
 * and members) and {@code unique} (members). A member names its article's file and a span of that article's
 * displayed text, with the same offsets as {@code compare}.
 */
public final class CorpusJsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String render(Corpus corpus) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode articles = root.putArray("articles");
        for (Article a : corpus.articles()) {
            articles.addObject()
                    .put("file", a.file().toString())
                    .put("title", a.title())
                    .put("outlet", a.metadata().outlet().orElse(null))
                    .put("date", a.metadata().date().map(Object::toString).orElse(null))
                    .put("length", a.text().length());
        }
        groups(root.putArray("quotes"), corpus.quotes());
        groups(root.putArray("claims"), corpus.claims());
        ArrayNode unique = root.putArray("unique");
        corpus.unique().forEach(m -> unique.add(member(m)));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static void groups(ArrayNode list, List<CorpusGroup> groups) {
        for (CorpusGroup g : groups) {
            ObjectNode o = list.addObject().put("id", g.id()).put("gist", g.gist().text());
            ArrayNode members = o.putArray("members");
            g.members().forEach(m -> members.add(member(m)));
        }
    }

    private static ObjectNode member(CorpusMember m) {
        return MAPPER.createObjectNode().put("file", m.article().file().toString())
                .put("start", m.span().start()).put("end", m.span().end()).put("text", m.text());
    }
}
