package app.parallax.report;

import app.parallax.model.Article;
import app.parallax.model.ClaimMatch;
import app.parallax.model.Comparison;
import app.parallax.model.DiffChunk;
import app.parallax.model.Conflict;
import app.parallax.model.QuoteMatch;
import app.parallax.model.RelatedPair;
import app.parallax.model.SharedPhrase;
import app.parallax.model.Span;

import java.util.List;
import java.util.Locale;

/** The comparison for a person to read in a terminal: the same findings as the JSON, in prose order. */
public final class TextReport {

    public String render(Comparison c) {
        StringBuilder out = new StringBuilder();
        header(out, "LEFT ", c.left());
        header(out, "RIGHT", c.right());
        section(out, "Matching quotes", c.quotes().size());
        for (QuoteMatch q : c.quotes()) {
            out.append(String.format(Locale.ROOT, "  [%d%%] %s%n", percent(q.similarity()), speakers(q)));
            out.append("    L: ").append(q.left().text()).append('\n');
            out.append("    R: ").append(q.right().text()).append('\n');
            out.append("    wording: ").append(diff(q.diff())).append('\n');
        }
        section(out, "Shared claims", c.claims().size());
        for (ClaimMatch m : c.claims()) {
            out.append(String.format(Locale.ROOT, "  [%d%%]%s%s%n", percent(m.similarity()),
                    m.verbatim() ? " near-verbatim" : "",
                    m.conflict().map(TextReport::conflict).orElse("")));
            out.append("    L: ").append(m.left().text()).append('\n');
            out.append("    R: ").append(m.right().text()).append('\n');
            if (!m.sharedWords().isEmpty()) {
                out.append("    shared: ").append(String.join(", ", m.sharedWords())).append('\n');
            }
        }
        section(out, "Possibly the same (below the bar for a shared claim)", c.related().size());
        for (RelatedPair r : c.related()) {
            out.append(String.format(Locale.ROOT, "  [%d%%]%s%n", percent(r.similarity()),
                    r.conflict().map(TextReport::conflict).orElse("")));
            out.append("    L: ").append(r.left().text()).append('\n');
            out.append("    R: ").append(r.right().text()).append('\n');
        }
        section(out, "Verbatim phrases (5+ words)", c.phrases().size());
        for (SharedPhrase p : c.phrases()) {
            out.append("  ").append(p.words()).append(" words: ").append(p.left().text()).append('\n');
        }
        spans(out, "Only in the left article", c.unique().left());
        spans(out, "Only in the right article", c.unique().right());
        spans(out, "Boilerplate, left", c.boilerplate().left());
        spans(out, "Boilerplate, right", c.boilerplate().right());
        return out.toString();
    }

    private static String conflict(Conflict k) {
        return k.kind() == Conflict.Kind.NEGATION ? " CONTRADICTION: one side denies what the other states"
                : " CONFLICT: \"" + k.left().text() + "\" vs \"" + k.right().text() + "\"";
    }

    private static void header(StringBuilder out, String side, Article a) {
        out.append(side).append(": ").append(a.title());
        a.metadata().outlet().ifPresent(o -> out.append(" — ").append(o));
        a.metadata().date().ifPresent(d -> out.append(" (").append(d).append(')'));
        out.append("\n       ").append(a.file()).append('\n');
    }

    private static void section(StringBuilder out, String title, int count) {
        out.append('\n').append(title).append(" (").append(count).append(")\n");
    }

    private static void spans(StringBuilder out, String title, List<Span> spans) {
        section(out, title, spans.size());
        for (Span s : spans) {
            out.append("  - ").append(s.text()).append('\n');
        }
    }

    private static String speakers(QuoteMatch q) {
        return "said by " + q.leftSpeaker().orElse("?") + " / " + q.rightSpeaker().orElse("?");
    }

    /** "=" runs as they are, changes as [left → right], [-deleted], [+inserted]. */
    static String diff(List<DiffChunk> chunks) {
        StringBuilder sb = new StringBuilder();
        for (DiffChunk d : chunks) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            switch (d.op()) {
                case EQUAL -> sb.append(d.left());
                case REPLACE -> sb.append('[').append(d.left()).append(" → ").append(d.right()).append(']');
                case DELETE -> sb.append("[-").append(d.left()).append(']');
                case INSERT -> sb.append("[+").append(d.right()).append(']');
            }
        }
        return sb.toString();
    }

    private static int percent(double v) {
        return (int) Math.round(v * 100);
    }
}
