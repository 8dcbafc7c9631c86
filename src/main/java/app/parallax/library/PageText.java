package app.parallax.library;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an HTML element as the reader shows articles: one line per paragraph, heading or
 * list item, a blank line between them, runs of spaces made one, and nothing of scripts or styles.
 */
final class PageText implements NodeVisitor {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "figure", "figcaption",
            "table", "tr", "dl", "dt", "dd", "address", "aside", "nav", "hr", "body");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "head",
            "iframe", "button", "select", "textarea", "form");

    private final StringBuilder out = new StringBuilder();
    private int skipping;

    private PageText() {
    }

    static String of(Element root) {
        PageText text = new PageText();
        NodeTraversor.traverse(text, root);
        return text.result();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof Element element) {
            String tag = element.normalName();
            if (SKIPPED.contains(tag)) {
                skipping++;
            } else if (skipping == 0 && tag.equals("br")) {
                trimTrailingSpace();
                out.append('\n');
            } else if (skipping == 0 && BLOCKS.contains(tag)) {
                paragraphBreak();
            }
        } else if (node instanceof TextNode text && skipping == 0) {
            append(text.getWholeText());
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element) {
            String tag = element.normalName();
            if (SKIPPED.contains(tag)) {
                skipping--;
            } else if (skipping == 0 && BLOCKS.contains(tag)) {
                paragraphBreak();
            }
        }
    }

    private void append(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c)) {
                boolean atLineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n';
                if (!atLineStart && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    private void paragraphBreak() {
        trimTrailingSpace();
        if (out.length() == 0) {
            return;
        }
        if (out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
        if (out.length() < 2 || out.charAt(out.length() - 2) != '\n') {
            out.append('\n');
        }
    }

    private void trimTrailingSpace() {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    private String result() {
        trimTrailingSpace();
        String text = out.toString().strip();
        return text.isEmpty() ? "" : text + "\n";
    }
}
