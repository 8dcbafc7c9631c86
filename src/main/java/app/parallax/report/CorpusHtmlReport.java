package app.parallax.report;

import app.parallax.corpus.Corpus;
import app.parallax.corpus.CorpusGroup;
import app.parallax.corpus.CorpusMember;
import app.parallax.model.Article;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Optional;

/**
 * Who reports what, as one self-contained HTML page: a claim × source matrix (a row per group with its gist
 * and how many sources carry it, a column per article, each cell that source's wording) for quotes and
 * claims, a heat map of how many groups each pair of articles shares, then what only one source says. Built
 * as a jsoup document, which escapes every text.
 */
public final class CorpusHtmlReport {

    private static final String STYLE = """
            body{font:15px/1.45 system-ui,sans-serif;margin:24px;color:#1b1b1b}
            h1{font-size:20px} h2{font-size:17px;margin-top:28px}
            table{border-collapse:collapse;width:100%}
            th,td{border:1px solid #ddd;padding:6px;vertical-align:top;text-align:left}
            th{background:#f3f3f3;font-weight:600}
            td.gist{font-family:Georgia,serif;min-width:16em}
            td.count{text-align:center;font-weight:600}
            td.has{background:#d6ebf7;font-family:Georgia,serif}
            td.none{background:#fafafa}
            li{margin-bottom:4px} .src{color:#555;font-weight:600}
            table.heat{width:auto} table.heat td{text-align:center;min-width:2.6em;font-weight:600}
            table.heat td.self{background:#eee;color:#999}
            """;

    public String render(Corpus corpus) {
        Document doc = Document.createShell("");
        doc.title("Parallax: who reports what (" + corpus.articles().size() + " articles)");
        doc.head().prependElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("style").appendText(STYLE);
        Element body = doc.body();
        body.appendElement("h1").text("Who reports what: " + corpus.articles().size() + " articles");
        Element sources = body.appendElement("ul");
        for (Article a : corpus.articles()) {
            sources.appendElement("li").text(CorpusSources.label(a) + ": " + a.title() + " ("
                    + a.file().getFileName() + ")");
        }
        matrix(body, "Quotes", corpus.articles(), corpus.quotes());
        matrix(body, "Claims", corpus.articles(), corpus.claims());
        heatMap(body, PairShares.of(corpus));
        body.appendElement("h2").text("Only in one source (" + corpus.unique().size() + ")");
        Element list = body.appendElement("ul");
        for (CorpusMember m : corpus.unique()) {
            Element li = list.appendElement("li");
            li.appendElement("span").addClass("src").text(CorpusSources.label(m.article()) + ": ");
            li.appendText(m.text());
        }
        doc.outputSettings().prettyPrint(false);
        return "<!DOCTYPE html>\n" + doc.outerHtml();
    }

    private static void matrix(Element body, String title, List<Article> articles, List<CorpusGroup> groups) {
        body.appendElement("h2").text(title + " (" + groups.size() + " groups)");
        Element table = body.appendElement("table").addClass(title.toLowerCase(java.util.Locale.ROOT));
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text("Gist");
        head.appendElement("th").text("Sources");
        articles.forEach(a -> head.appendElement("th").text(CorpusSources.label(a)));
        Element rows = table.appendElement("tbody");
        for (CorpusGroup g : groups) {
            Element row = rows.appendElement("tr").attr("id", g.id());
            row.appendElement("td").addClass("gist").text(g.gist().text());
            row.appendElement("td").addClass("count").text(String.valueOf(g.sources()));
            for (Article a : articles) {
                Optional<CorpusMember> m = g.members().stream().filter(x -> x.article().equals(a)).findFirst();
                Element cell = row.appendElement("td").addClass(m.isPresent() ? "has" : "none");
                m.ifPresent(x -> cell.text(x.text()));
            }
        }
    }

    /** Rows and columns are the articles (columns by number, to stay narrow); a cell's tint grows with its count. */
    private static void heatMap(Element body, PairShares shares) {
        body.appendElement("h2").text("Which pairs share most (groups both carry)");
        Element table = body.appendElement("table").addClass("heat");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th");
        List<Article> articles = shares.articles();
        for (int j = 0; j < articles.size(); j++) {
            head.appendElement("th").attr("title", CorpusSources.label(articles.get(j))).text(String.valueOf(j + 1));
        }
        Element rows = table.appendElement("tbody");
        for (int i = 0; i < articles.size(); i++) {
            Element row = rows.appendElement("tr");
            row.appendElement("th").text((i + 1) + " " + CorpusSources.label(articles.get(i)));
            for (int j = 0; j < articles.size(); j++) {
                Element cell = row.appendElement("td");
                if (i == j) {
                    cell.addClass("self").text("–");
                    continue;
                }
                cell.text(String.valueOf(shares.between(i, j)))
                        .attr("title", articles.get(i).title() + " / " + articles.get(j).title())
                        .attr("style", String.format(java.util.Locale.ROOT, "background:rgba(0,114,178,%.2f)",
                                0.08 + 0.6 * shares.heat(i, j)));
            }
        }
    }
}
