package app.parallax.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * Stray HTML left in a plain-text article by a copy from a web page: {@code the Kremlin <u>said</u> Friday}.
 * The tags go and entities are decoded; every other character, line breaks included, stays where it was,
 * because the reader shows the text as the file has it. jsoup finds the tags (with their exact places in
 * the text) and only tags of real HTML elements are removed, so "a < b", "<3" or "<Kremlin>" stay.
 */
final class InlineHtml {

    /**
     * An end tag with no open element ("foo</u>") is dropped by jsoup's tree builder, so it has no place
     * in the tree; it has no attributes, so this narrow pattern finds it exactly.
     */
    private static final Pattern END_TAG = Pattern.compile("</([a-zA-Z][a-zA-Z0-9]*)\\s*>");

    private InlineHtml() {
    }

    static String strip(String text) {
        String withoutTags = text.indexOf('<') < 0 ? text : removeStrayEndTags(removeElementTags(text));
        // Decoding as in an attribute value leaves "&notice" alone, where text decoding would read "&not".
        return withoutTags.indexOf('&') < 0 ? withoutTags : Parser.unescapeEntities(withoutTags, true);
    }

    private static String removeElementTags(String text) {
        Document document = Parser.htmlParser().setTrackPosition(true).parseInput(text, "");
        List<Range> tags = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            if (Tag.isKnownTag(element.normalName())) {
                addIfInline(tags, text, element.sourceRange());
                addIfInline(tags, text, element.endSourceRange());
            }
        }
        tags.sort(Comparator.comparingInt(Range::startPos));
        StringBuilder kept = new StringBuilder(text.length());
        int from = 0;
        for (Range tag : tags) {
            if (tag.startPos() >= from) { // the tree can hold one tag twice (misnested tags are cloned)
                kept.append(text, from, tag.startPos());
                from = tag.endPos();
            }
        }
        return kept.append(text, from, text.length()).toString();
    }

    /** A tag that jsoup inferred, or one spread over lines, is not something we may cut out of a line. */
    private static void addIfInline(List<Range> tags, String text, Range range) {
        if (!range.isTracked() || range.isImplicit()) {
            return;
        }
        int start = range.startPos();
        int end = range.endPos();
        boolean inText = 0 <= start && start < end && end <= text.length() && text.charAt(start) == '<';
        if (inText && text.substring(start, end).indexOf('\n') < 0) {
            tags.add(range);
        }
    }

    private static String removeStrayEndTags(String text) {
        Matcher m = END_TAG.matcher(text);
        return m.replaceAll(match -> Tag.isKnownTag(match.group(1).toLowerCase(Locale.ROOT))
                ? "" : Matcher.quoteReplacement(match.group()));
    }
}
