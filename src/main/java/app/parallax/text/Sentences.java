package app.parallax.text;

import app.parallax.model.Span;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences of an article, as spans of its text. Line breaks are hard boundaries (in these articles they
 * separate headlines, captions and paragraphs); within a line ICU's sentence rules with the standard
 * abbreviation suppressions ("Mr.", "a.m.") decide, and a few rules of our own repair what they miss.
 */
public final class Sentences {

    private static final ULocale LOCALE = new ULocale("en@ss=standard");

    /** Abbreviations after which a following capital does not start a sentence. */
    private static final Pattern NO_BREAK_AFTER = Pattern.compile(
            "(?:\\b(?:U\\.S|U\\.K|U\\.N|E\\.U|D\\.C|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|St|Jan|Feb|Aug|Sept|Oct|Nov|Dec"
                    + "|e\\.g|i\\.e|etc|vs|No|Inc|Corp|Ltd|Jr|Sr)\\.|\\b[A-Z]\\.)\\s*$");

    private static final Pattern BREAK_BEFORE_QUOTE = Pattern.compile("[.!?]\\s+(?=[“\"«]\\p{Lu})");

    public List<Span> sentences(String text) {
        List<Span> sentences = new ArrayList<>();
        for (Lines.Range line : Lines.ranges(text)) {
            sentencesOfLine(text, line.start(), line.end(), sentences);
        }
        return sentences;
    }

    private void sentencesOfLine(String text, int from, int to, List<Span> out) {
        if (text.substring(from, to).isBlank()) {
            return;
        }
        BreakIterator iterator = BreakIterator.getSentenceInstance(LOCALE);
        iterator.setText(text.substring(from, to));
        List<Integer> breaks = new ArrayList<>();
        for (int b = iterator.next(); b != BreakIterator.DONE; b = iterator.next()) {
            breaks.add(from + b);
        }
        addQuoteBreaks(text, from, to, breaks);
        int start = from;
        for (int i = 0; i < breaks.size(); i++) {
            int end = breaks.get(i);
            boolean last = i == breaks.size() - 1;
            if (!last && NO_BREAK_AFTER.matcher(text.substring(start, end).stripTrailing()).find()) {
                continue;
            }
            addTrimmed(text, start, end, out);
            start = end;
        }
    }

    /** ICU keeps "… NATO. “The key question …" together; a full stop before an opening quote ends a sentence. */
    private static void addQuoteBreaks(String text, int from, int to, List<Integer> breaks) {
        Matcher m = BREAK_BEFORE_QUOTE.matcher(text).region(from, to);
        while (m.find()) {
            if (!breaks.contains(m.end())) {
                breaks.add(m.end());
            }
        }
        breaks.sort(null);
    }

    private static void addTrimmed(String text, int start, int end, List<Span> out) {
        Lines.trimmed(text, start, end).ifPresent(out::add);
    }

    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "(?<=[;:])\\s+|(?<=,)\\s+(?=(?:but|while|which|whereas|although|according to|who|as|since|after"
                    + "|before|because|with|suggesting|saying|echoing|opposing|including|and then)\\s)");

    /**
     * A long sentence split into clauses at ";", ":", ", but", ", while", ", which", ", according to" and the
     * like, so that a sentence carrying
     * one shared and one unique claim can show both. Clauses shorter than {@code minWords} stay joined.
     */
    public List<Span> clauses(String text, Span sentence, int minWords) {
        List<Span> clauses = new ArrayList<>();
        Matcher m = CLAUSE_BREAK.matcher(sentence.text());
        int start = 0;
        while (m.find()) {
            String head = sentence.text().substring(start, m.start());
            String tail = sentence.text().substring(m.end());
            if (wordCount(head) >= minWords && wordCount(tail) >= minWords) {
                clauses.add(trimmedSpan(text, sentence.start() + start, sentence.start() + m.start()));
                start = m.end();
            }
        }
        clauses.add(trimmedSpan(text, sentence.start() + start, sentence.end()));
        return clauses;
    }

    private static Span trimmedSpan(String text, int start, int end) {
        return Lines.trimmed(text, start, end).orElseThrow();
    }

    private static int wordCount(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
