package app.parallax.report;

import app.parallax.corpus.Corpus;
import app.parallax.corpus.CorpusGroup;
import app.parallax.corpus.CorpusMember;
import app.parallax.model.Article;

import java.util.List;

/** Who reports what, as plain text for a terminal: each group with its gist and each source's wording. */
public final class CorpusTextReport {

    public String render(Corpus corpus) {
        StringBuilder out = new StringBuilder();
        out.append(corpus.articles().size()).append(" articles\n");
        for (Article a : corpus.articles()) {
            out.append("  ").append(CorpusSources.label(a)).append(": ").append(a.title())
                    .append(" (").append(a.file().getFileName()).append(")\n");
        }
        section(out, "Quotes", corpus.quotes());
        section(out, "Claims", corpus.claims());
        out.append("\nOnly in one source (").append(corpus.unique().size()).append(")\n");
        for (CorpusMember m : corpus.unique()) {
            out.append("  [").append(CorpusSources.label(m.article())).append("] ").append(m.text()).append('\n');
        }
        return out.toString().stripTrailing();
    }

    private static void section(StringBuilder out, String title, List<CorpusGroup> groups) {
        out.append('\n').append(title).append(" (").append(groups.size()).append(" groups)\n");
        for (CorpusGroup g : groups) {
            out.append("  ").append(g.id()).append(", ").append(g.sources()).append(" sources: ")
                    .append(g.gist().text()).append('\n');
            for (CorpusMember m : g.members()) {
                out.append("      [").append(CorpusSources.label(m.article())).append("] ").append(m.text()).append('\n');
            }
        }
    }
}
