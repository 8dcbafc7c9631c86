package app.parallax.text;

import app.parallax.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct quotes by pairing quote marks within a paragraph: curly and straight double quotes (web copy
 * often opens with one and closes with the other), guillemets, and single quotes where they are used as
 * quote marks rather than apostrophes (an apostrophe stands inside a word: "didn't", "Russia’s"). Two
 * conventions without a closing mark are read too: a quote that runs over several paragraphs (each opens
 * with a mark, only the last closes), and a paragraph of speech introduced by a dash, as Scandinavian and
 * French outlets write it ("– I hope the dialogue will continue, said the president.").
 */
public final class QuoteFinder {

    private static final int MIN_LETTERS = 2;
    /** A paragraph opened by a mark and never closed is a quote running on only when it is this long. */
    private static final int MIN_RUNNING_WORDS = 5;
    private static final Pattern DASH_SPEECH = Pattern.compile("^[–—―-]\\s+(?=\\p{Lu})");
    /** ", said the president." closing a paragraph of dash speech: the attribution, not the speech. */
    private static final Pattern TRAILING_ATTRIBUTION = Pattern.compile(
            ",\\s+(?:(?:said|says|added|adds|stressed|explained|continued|told)\\s+[^,.]{1,60}"
                    + "|[^,.]{1,60}\\s+(?:said|says|added|adds|stressed|explained|continued))\\s*[.!?]?\\s*$");

    private final SpeakerFinder speakers = new SpeakerFinder();

    public List<Quote> quotes(String text) {
        List<Quote> quotes = new ArrayList<>();
        for (Lines.Range line : Lines.ranges(text)) {
            quotesOfLine(text, line.start(), line.end(), quotes);
        }
        return quotes;
    }

    private void quotesOfLine(String text, int from, int to, List<Quote> out) {
        Matcher dash = DASH_SPEECH.matcher(text).region(from, to);
        if (dash.lookingAt()) {
            int end = to;
            Matcher attribution = TRAILING_ATTRIBUTION.matcher(text).region(dash.end(), to);
            if (attribution.find()) {
                end = attribution.start();
            }
            addQuote(text, dash.end(), end, from, to, out);
            return;
        }
        char closing = 0;
        int open = -1;
        for (int i = from; i < to; i++) {
            if (open < 0) {
                char expected = closingFor(text, i, from, to);
                if (expected != 0) {
                    closing = expected;
                    open = i;
                }
            } else if (closes(text, i, to, closing)) {
                addQuote(text, open + 1, i, from, to, out);
                open = -1;
            }
        }
        if (open >= 0 && (closing == '\u201D' || closing == '"') && runsOn(text, open + 1, to)) {
            addQuote(text, open + 1, to, from, to, out);
        }
    }

    /**
     * An opening double mark left open at the end of a paragraph: a quote continued in the next paragraph,
     * when what follows the mark is a passage of speech rather than a stray mark.
     */
    private static boolean runsOn(String text, int start, int lineEnd) {
        String rest = text.substring(start, lineEnd).strip();
        return !rest.isEmpty() && rest.split("\\s+").length >= MIN_RUNNING_WORDS
                && rest.chars().noneMatch(c -> c == '\u201C' || c == '"');
    }

    /** The mark that would close a quote opened at {@code i}, or 0 if nothing opens there. */
    private static char closingFor(String text, int i, int lineStart, int lineEnd) {
        char c = text.charAt(i);
        boolean startsWord = i + 1 < lineEnd && !Character.isWhitespace(text.charAt(i + 1));
        boolean afterBoundary = i == lineStart || !Character.isLetterOrDigit(text.charAt(i - 1));
        switch (c) {
            case '\u201C':
                return '\u201D';
            case '\u201D':
                return afterBoundary && startsWord ? '\u201D' : 0;
            case '"':
                return startsWord ? '"' : 0;
            case '\u00AB':
                return '\u00BB';
            case '\u2018':
                return afterBoundary && startsWord ? '\u2019' : 0;
            case '\'':
                return afterBoundary && startsWord && Character.isLetterOrDigit(text.charAt(i + 1)) ? '\'' : 0;
            default:
                return 0;
        }
    }

    private static boolean closes(String text, int i, int lineEnd, char closing) {
        char c = text.charAt(i);
        if (closing == '\u201D' || closing == '"') {
            // Web copy mixes marks: “…" and "…”. A straight mark closes only where a word has ended.
            boolean atWordEnd = i + 1 >= lineEnd || !Character.isLetterOrDigit(text.charAt(i + 1));
            return c == '\u201D' || (c == '"' && atWordEnd);
        }
        if (c != closing) {
            return false;
        }
        if (closing == '\u2019' || closing == '\'') {
            // An apostrophe inside a word ("didn’t") does not close a quote.
            boolean nextIsLetter = i + 1 < lineEnd && Character.isLetter(text.charAt(i + 1));
            return !nextIsLetter;
        }
        return true;
    }

    private void addQuote(String text, int start, int end, int lineStart, int lineEnd, List<Quote> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ",.;:".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        long letters = text.substring(start, end).chars().filter(Character::isLetter).count();
        if (letters < MIN_LETTERS) {
            return;
        }
        Span words = Span.of(text, start, end);
        Optional<String> speaker = speakers.speakerOf(text, start, end, lineStart, lineEnd);
        out.add(new Quote(words, speaker));
    }
}
