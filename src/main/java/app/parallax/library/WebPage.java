package app.parallax.library;

import app.parallax.model.ArticleMetadata;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * A saved web page's article: the main text as Firefox's reader view finds it (readability4j), without
 * menus, scripts, styles, comments and related links; its headline as the first line.
 */
final class WebPage {

    /** Below this the extractor has found a teaser, not an article, and the page's whole body is better. */
    private static final int MIN_ARTICLE_CHARS = 200;
    private static final Pattern HTML_START =
            Pattern.compile("\\A\\s*(?:<!--.*?-->\\s*)*(?:<!doctype\\s+html|<html[\\s>]|<head[\\s>])",
                    Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    /**
     * Real pages nest a few dozen elements deep and hold some thousands; the extractor's passes grow much
     * faster than that (5,000 nested divs: 10–30 s), so beyond these bounds the whole body is used.
     */
    private static final int MAX_DEPTH = 80;
    private static final int MAX_ELEMENTS = 30_000;

    /** The article text and what the page states about it. */
    record Extracted(String text, ArticleMetadata metadata) {
    }

    private WebPage() {
    }

    /** A whole HTML document, whatever the file is called (a page saved as ".txt" is still a page). */
    static boolean looksLikeHtml(String text) {
        return HTML_START.matcher(text.length() > 4096 ? text.substring(0, 4096) : text).lookingAt();
    }

    /** The charset a page declares, if its bytes did not decode as UTF-8 and the declaration is usable. */
    static Optional<Charset> declaredCharset(String text) {
        Matcher m = META_CHARSET.matcher(text.length() > 4096 ? text.substring(0, 4096) : text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(m.group(1).toLowerCase(Locale.ROOT)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    static Extracted extract(String html) {
        Document page = Jsoup.parse(html);
        ArticleMetadata metadata = PageMetadata.of(page);
        String body = mainText(page.clone());
        if (body.strip().length() < MIN_ARTICLE_CHARS) {
            String whole = Optional.ofNullable(page.body()).map(PageText::of).orElse("");
            if (whole.strip().length() > body.strip().length()) {
                body = whole;
            }
        }
        String title = metadata.title();
        boolean headlineInBody = !title.isBlank() && body.lines().limit(3).anyMatch(l -> l.strip().equals(title.strip()));
        String text = title.isBlank() || headlineInBody || body.isBlank() ? body : title.strip() + "\n\n" + body;
        return new Extracted(text, metadata);
    }

    private static boolean isPathological(Document page) {
        int[] deepest = {0};
        int[] elements = {0};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element) {
                elements[0]++;
                deepest[0] = Math.max(deepest[0], depth);
            }
        }, page);
        return deepest[0] > MAX_DEPTH || elements[0] > MAX_ELEMENTS;
    }

    private static String mainText(Document page) {
        if (isPathological(page)) {
            return "";
        }
        try {
            Element content = new Readability4J("", page).parse().getArticleContent();
            return content == null ? "" : PageText.of(content);
        } catch (RuntimeException | StackOverflowError e) {
            // The extractor gives up on some pages (odd nesting): the whole body is used instead.
            return "";
        }
    }
}
