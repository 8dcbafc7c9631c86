package app.parallax.report;

import app.parallax.model.Article;
import app.parallax.model.ClaimMatch;
import app.parallax.model.Comparison;
import app.parallax.model.DiffChunk;
import app.parallax.model.QuoteMatch;
import app.parallax.model.SharedPhrase;
import app.parallax.model.Span;
import org.jsoup.nodes.Entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The comparison as one self-contained HTML page: both articles side by side with the same layers as the
 * window (overlapping highlights combine, every character of each article stays), then the list of
 * matches with the quotes' word diffs. For handing out, printing or projecting.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font:16px/1.55 Georgia,serif;margin:24px;color:#1b1b1b}
            h1{font:600 20px system-ui,sans-serif} h2{font:600 17px system-ui,sans-serif;margin:0 0 4px}
            .meta{font:13px system-ui,sans-serif;color:#555;margin-bottom:10px}
            .cols{display:grid;grid-template-columns:1fr 1fr;gap:28px}
            .text{white-space:pre-wrap}
            .legend span{margin-right:14px;font:13px system-ui,sans-serif;padding:1px 4px}
            .quote{outline:2px solid #E69F00;outline-offset:1px}
            .claim{background:#d6ebf7}
            .related{border-bottom:2px dotted #0072B2}
            .phrase{text-decoration:underline;text-decoration-color:#009E73;text-decoration-thickness:3px}
            .unique{background:#fbe3ee;border-bottom:2px dashed #CC79A7}
            .conflict{font-weight:bold;text-decoration:underline wavy #D55E00}
            .boilerplate{color:#8a8a8a;font-style:italic}
            table{border-collapse:collapse;margin-top:24px;font:14px system-ui,sans-serif;width:100%}
            td,th{border-top:1px solid #ddd;padding:6px;vertical-align:top;text-align:left}
            del{color:#b00020} ins{color:#00703c;font-weight:bold;text-decoration:none}
            @media print{body{margin:0}.cols{gap:16px}}
            """;

    public String render(Comparison c) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.append("<title>Parallax: ").append(esc(c.left().title())).append(" / ").append(esc(c.right().title()))
                .append("</title><style>").append(STYLE).append("</style></head><body>\n");
        html.append("<h1>Parallax comparison</h1>\n<p class=\"legend\"><span class=\"quote\">same quote</span>"
                + "<span class=\"claim\">same claim</span><span class=\"related\">possibly the same</span>"
                + "<span class=\"phrase\">word for word</span>"
                + "<span class=\"unique\">only in this article</span><span class=\"conflict\">figures differ or contradict</span>"
                + "<span class=\"boilerplate\">boilerplate</span></p>\n<div class=\"cols\">\n");
        column(html, c.left(), layers(c, true));
        column(html, c.right(), layers(c, false));
        html.append("</div>\n<table><tr><th>Match</th><th>Similarity</th><th>Left</th><th>Right</th></tr>\n");
        for (QuoteMatch q : c.quotes()) {
            row(html, "Quote", q.similarity(), diff(q.diff(), true), diff(q.diff(), false));
        }
        for (ClaimMatch m : c.claims()) {
            String kind = "Claim" + (m.verbatim() ? ", near-verbatim" : "")
                    + m.conflict().map(k -> k.kind() == app.parallax.model.Conflict.Kind.NEGATION
                            ? ", contradiction: one side denies it"
                            : ", figures differ: " + k.left().text() + " / " + k.right().text()).orElse("");
            row(html, kind, m.similarity(), esc(m.left().text()), esc(m.right().text()));
        }
        for (app.parallax.model.RelatedPair r : c.related()) {
            row(html, "Possibly the same", r.similarity(), esc(r.left().text()), esc(r.right().text()));
        }
        for (SharedPhrase p : c.phrases()) {
            row(html, "Phrase, " + p.words() + " words", 1, esc(p.left().text()), esc(p.right().text()));
        }
        return html.append("</table>\n</body></html>\n").toString();
    }

    private record Layer(Span span, String cssClass) {
    }

    private static List<Layer> layers(Comparison c, boolean left) {
        List<Layer> layers = new ArrayList<>();
        c.boilerplate().get(side(left)).forEach(s -> layers.add(new Layer(s, "boilerplate")));
        c.unique().get(side(left)).forEach(s -> layers.add(new Layer(s, "unique")));
        for (ClaimMatch m : c.claims()) {
            layers.add(new Layer(left ? m.left() : m.right(), "claim"));
            m.conflict().ifPresent(k -> layers.add(new Layer(left ? k.left() : k.right(), "conflict")));
        }
        c.related().forEach(r -> layers.add(new Layer(left ? r.left() : r.right(), "related")));
        c.phrases().forEach(p -> layers.add(new Layer(left ? p.left() : p.right(), "phrase")));
        c.quotes().forEach(q -> layers.add(new Layer(left ? q.left() : q.right(), "quote")));
        return layers;
    }

    private static app.parallax.model.Side side(boolean left) {
        return left ? app.parallax.model.Side.LEFT : app.parallax.model.Side.RIGHT;
    }

    /** The article's text in runs of characters that carry the same set of layers. */
    private static void column(StringBuilder html, Article a, List<Layer> layers) {
        String text = a.text();
        List<Set<String>> classes = new ArrayList<>(text.length());
        for (int i = 0; i < text.length(); i++) {
            classes.add(new TreeSet<>());
        }
        for (Layer l : layers) {
            for (int i = l.span().start(); i < l.span().end() && i < text.length(); i++) {
                classes.get(i).add(l.cssClass());
            }
        }
        html.append("<section><h2>").append(esc(a.title())).append("</h2><div class=\"meta\">")
                .append(esc(String.join(" · ", meta(a)))).append("</div><div class=\"text\">");
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || !classes.get(i).equals(classes.get(start))) {
                String run = esc(text.substring(start, i));
                if (classes.get(start).isEmpty()) {
                    html.append(run);
                } else {
                    html.append("<span class=\"").append(String.join(" ", classes.get(start))).append("\">")
                            .append(run).append("</span>");
                }
                start = i;
            }
        }
        html.append("</div></section>\n");
    }

    private static List<String> meta(Article a) {
        List<String> meta = new ArrayList<>();
        a.metadata().outlet().ifPresent(meta::add);
        a.metadata().date().ifPresent(d -> meta.add(d.toString()));
        meta.add(a.file().getFileName().toString());
        return meta;
    }

    private static void row(StringBuilder html, String kind, double similarity, String left, String right) {
        html.append("<tr><td>").append(esc(kind)).append("</td><td>")
                .append(String.format(Locale.ROOT, "%d %%", Math.round(similarity * 100))).append("</td><td>")
                .append(left).append("</td><td>").append(right).append("</td></tr>\n");
    }

    /** One side of a quote's diff: its own words, with what differs struck out (left) or in bold (right). */
    private static String diff(List<DiffChunk> chunks, boolean left) {
        StringBuilder sb = new StringBuilder();
        for (DiffChunk d : chunks) {
            String words = esc(left ? d.left() : d.right());
            if (words.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(d.op() == DiffChunk.Op.EQUAL ? words : left ? "<del>" + words + "</del>" : "<ins>" + words + "</ins>");
        }
        return sb.toString();
    }

    private static String esc(String s) {
        return Entities.escape(s);
    }
}
