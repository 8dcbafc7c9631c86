package app.parallax.library;

import app.parallax.model.ArticleMetadata;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a saved web page states about its article, in the order sites are most careful with: the JSON-LD
 * block search engines read ({@code NewsArticle}: headline, datePublished, author, publisher), Open Graph
 * and {@code article:} meta tags, then {@code <title>} (whose "– Site name" suffix names the outlet).
 */
final class PageMetadata {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Document page;
    private final Optional<JsonNode> linkedData;

    private PageMetadata(Document page) {
        this.page = page;
        this.linkedData = articleNode(page);
    }

    /** Read before extraction, which changes the document. */
    static ArticleMetadata of(Document page) {
        return new PageMetadata(page).metadata();
    }

    private ArticleMetadata metadata() {
        Optional<TitleLine> titleTag = Optional.ofNullable(page.selectFirst("head > title, title"))
                .map(Element::text).filter(t -> !t.isBlank()).map(this::headlineAndSite);
        Optional<String> url = ld("url").or(() -> ld("mainEntityOfPage", "@id"))
                .or(() -> meta("og:url"))
                .or(() -> Optional.ofNullable(page.selectFirst("link[rel=canonical]")).map(e -> e.attr("href")))
                .filter(u -> u.startsWith("http"));
        Optional<String> title = ld("headline").or(() -> meta("og:title")).or(() -> meta("twitter:title"))
                .or(() -> titleTag.map(TitleLine::title))
                .or(() -> Optional.ofNullable(page.selectFirst("h1")).map(Element::text));
        Optional<String> outlet = meta("og:site_name").or(() -> ld("publisher", "name"))
                .or(() -> meta("application-name"))
                .or(() -> titleTag.flatMap(TitleLine::outlet))
                .or(() -> url.flatMap(KnownOutlets::ofUrl));
        Optional<LocalDate> date = ld("datePublished").or(() -> meta("article:published_time"))
                .or(() -> meta("datePublished")).or(() -> meta("pubdate")).or(() -> meta("date"))
                .or(() -> meta("dc.date")).or(() -> meta("dcterms.created"))
                .or(() -> Optional.ofNullable(page.selectFirst("time[datetime]")).map(e -> e.attr("datetime")))
                .flatMap(Timestamp::parseDate);
        Optional<String> byline = authors().or(() -> meta("author")).or(() -> meta("article:author"))
                .filter(a -> !a.startsWith("http"));
        return new ArticleMetadata(title.map(String::strip).orElse(""), outlet.map(String::strip), date,
                byline.map(String::strip), url);
    }

    /**
     * "Headline – Site" in {@code <title>}: when the page's {@code <h1>} is the part before the dash, the
     * rest is the site's name even if it is not a known outlet.
     */
    private TitleLine headlineAndSite(String title) {
        TitleLine line = TitleLine.of(title);
        Optional<String> h1 = Optional.ofNullable(page.selectFirst("h1")).map(Element::text).map(String::strip)
                .filter(h -> !h.isEmpty());
        if (line.outlet().isEmpty() && h1.isPresent() && title.startsWith(h1.get())) {
            String site = title.substring(h1.get().length()).replaceFirst("^\\s*[–—|-]\\s*", "").strip();
            if (!site.isEmpty() && !site.equals(title.substring(h1.get().length()).strip())) {
                return new TitleLine(h1.get(), Optional.of(site));
            }
        }
        return line;
    }

    /** A {@code <meta>} by property (Open Graph) or name, first non-blank. */
    private Optional<String> meta(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return page.select("meta[content]").stream()
                .filter(m -> m.attr("property").equalsIgnoreCase(lower) || m.attr("name").equalsIgnoreCase(lower)
                        || m.attr("itemprop").equalsIgnoreCase(lower))
                .map(m -> m.attr("content").strip())
                .filter(c -> !c.isEmpty())
                .findFirst();
    }

    private Optional<String> ld(String... path) {
        return linkedData.map(node -> {
            JsonNode at = node;
            for (String key : path) {
                at = at.isArray() && !at.isEmpty() ? at.get(0) : at;
                at = at.path(key);
            }
            return at;
        }).filter(JsonNode::isValueNode).map(JsonNode::asText).filter(s -> !s.isBlank());
    }

    /** JSON-LD authors: a name, an object with a name, or a list of either. */
    private Optional<String> authors() {
        return linkedData.map(node -> node.path("author")).flatMap(author -> {
            Stream<JsonNode> all = author.isArray() ? StreamSupport.stream(author.spliterator(), false) : Stream.of(author);
            String names = all.map(a -> a.isTextual() ? a.asText() : a.path("name").asText(""))
                    .map(String::strip).filter(n -> !n.isEmpty()).collect(Collectors.joining(", "));
            return Optional.of(names).filter(n -> !n.isEmpty());
        });
    }

    /** The JSON-LD object describing the article itself; a page's blocks also describe the site and breadcrumbs. */
    private static Optional<JsonNode> articleNode(Document page) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                flatten(JSON.readTree(script.data()), nodes);
            } catch (JacksonException e) {
                // a broken block is ignored: the meta tags still describe the page
            }
        }
        Function<JsonNode, String> type = n -> n.path("@type").isArray()
                ? StreamSupport.stream(n.path("@type").spliterator(), false).map(JsonNode::asText)
                        .collect(Collectors.joining(" "))
                : n.path("@type").asText("");
        return nodes.stream().filter(n -> type.apply(n).contains("Article") || type.apply(n).contains("BlogPosting"))
                .findFirst()
                .or(() -> nodes.stream().filter(n -> n.has("headline")).findFirst());
    }

    private static void flatten(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> flatten(n, into));
        } else if (node.isObject()) {
            into.add(node);
            if (node.has("@graph")) {
                flatten(node.get("@graph"), into);
            }
        }
    }
}
