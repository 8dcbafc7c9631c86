package app.parallax.text;

import app.parallax.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the lines of an article that are not its content: advertising, social plugs, photo captions and
 * credits, timestamps, bylines, repeated headlines, "See also" links, comment forms and the footer that
 * follows them. They are reported apart and never count as claims.
 */
public final class Boilerplate {

    public enum Kind { ADVERTISEMENT, SOCIAL, CREDIT, CAPTION, TIMESTAMP, BYLINE, REPEATED_HEADLINE, LINK, FOOTER }

    public record Line(Span span, Kind kind) {
    }

    private record Rule(Pattern pattern, Kind kind) {
    }

    private static final int I = Pattern.CASE_INSENSITIVE;
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("^(advertisement|advertising|sponsored( content)?|ad)$", I), Kind.ADVERTISEMENT),
            new Rule(Pattern.compile("^(follow us|subscribe|sign up|share (this|on)|click here|download (our|the) app"
                    + "|join (us|our)|like us on)\\b.*", I), Kind.SOCIAL),
            new Rule(Pattern.compile("^(photo|photos|image|images|picture|credit|photograph|illustration|video)s?"
                    + "( credit)?\\s*:.*", I), Kind.CREDIT),
            new Rule(Pattern.compile(".*(/\\s*(ap|afp|reuters|getty images|epa|tass|ria novosti)|getty images)$", I),
                    Kind.CREDIT),
            new Rule(Pattern.compile("^(posted|updated|published|last updated|modified|first published)\\b.{0,60}$", I),
                    Kind.TIMESTAMP),
            new Rule(Pattern.compile("^(" + MONTH + "\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+" + MONTH
                    + "\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})([\\s,]+(at\\s+)?\\d{1,2}[:.]\\d{2}.{0,12})?$", I), Kind.TIMESTAMP),
            new Rule(Pattern.compile("^(?i:reported by|written by|by|author)\\s*:?\\s+\\p{Lu}[\\p{L}.'’\\-]*"
                    + "(\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,3}$"), Kind.BYLINE),
            new Rule(Pattern.compile("^(see also|related( articles?| stories| coverage| content)?|read (more|also)"
                    + "|also read|more on this|recommended)\\b.*", I), Kind.LINK),
            // Translated "read also:" links, e.g. NRK's "Les også:" rendered as "the: …".
            new Rule(Pattern.compile("^[a-z]{2,5}:\\s+\\p{Lu}.*"), Kind.LINK),
            new Rule(Pattern.compile("^(leave a (reply|comment)|your email address will not be published"
                    + "|required fields are marked|post (a )?comment|comments?( \\(\\d+\\))?)\\b.*", I), Kind.FOOTER),
            new Rule(Pattern.compile("^source\\s+site(-\\d+)?$", I), Kind.FOOTER),
            new Rule(Pattern.compile("^original (url|link|article)\\s*:?.*", I), Kind.LINK),
            new Rule(Pattern.compile("^(https?://|www\\.)\\S+$", I), Kind.LINK),
            // A caption that ends in a credit to a web site: "… in over a month. kremlin.ru"
            new Rule(Pattern.compile(".*[.!?]\\s+[a-z0-9\\-]+(\\.[a-z0-9\\-]+)*\\.(ru|com|org|net|gov|uk|fr|de|no)$"),
                    Kind.CAPTION));

    /** Lines after which, at the end of an article, only short lines of footer follow. */
    private static final Pattern FOOTER_START = Pattern.compile(
            "^(see also|leave a (reply|comment)|follow us|original (url|link)|source\\s+site|share this|about the author)\\b.*",
            I);
    private static final int FOOTER_LINE_MAX_WORDS = 25;
    private static final int CAPTION_MAX_WORDS = 45;

    private final WordTokenizer tokenizer = new WordTokenizer();

    /**
     * The boilerplate lines of {@code text}. {@code title} is the article's headline; a later line that
     * repeats it is a repeated headline.
     */
    public List<Line> find(String text, String title) {
        List<Span> lines = Lines.nonBlank(text);
        List<Line> found = new ArrayList<>();
        String titleKey = wordKey(title);
        boolean titleSeen = false;
        boolean inFooter = false;
        for (int i = 0; i < lines.size(); i++) {
            Span line = lines.get(i);
            String s = line.text();
            Kind kind = classify(s);
            boolean isTitle = !titleKey.isEmpty() && wordKey(s).equals(titleKey);
            if (kind == null && isTitle && titleSeen) {
                kind = Kind.REPEATED_HEADLINE;
            }
            titleSeen |= isTitle;
            if (kind == null && i + 1 < lines.size() && isCredit(lines.get(i + 1).text())
                    && wordCount(s) <= CAPTION_MAX_WORDS) {
                kind = Kind.CAPTION;
            }
            if (FOOTER_START.matcher(s).matches() && footerFollows(lines, i)) {
                inFooter = true;
            }
            if (kind == null && inFooter) {
                kind = Kind.FOOTER;
            }
            if (kind != null) {
                found.add(new Line(line, kind));
            }
        }
        return found;
    }

    private boolean footerFollows(List<Span> lines, int from) {
        for (int j = from + 1; j < lines.size(); j++) {
            if (wordCount(lines.get(j).text()) > FOOTER_LINE_MAX_WORDS) {
                return false;
            }
        }
        return true;
    }

    private static Kind classify(String line) {
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(line).matches()) {
                return rule.kind();
            }
        }
        return null;
    }

    private static boolean isCredit(String line) {
        return classify(line) == Kind.CREDIT;
    }

    private String wordKey(String s) {
        StringBuilder key = new StringBuilder();
        for (Word w : tokenizer.words(s)) {
            key.append(w.key()).append(' ');
        }
        return key.toString().strip().toLowerCase(Locale.ROOT);
    }

    private int wordCount(String s) {
        return tokenizer.words(s).size();
    }
}
