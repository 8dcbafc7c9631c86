package app.parallax.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words and numbers with ICU's word rules, which keep "didn't", "100,000" and "2.5" whole
 * and skip punctuation and spaces.
 */
public final class WordTokenizer {

    private static final ULocale ENGLISH = ULocale.ENGLISH;

    public List<Word> words(String text) {
        return words(text, 0, text.length());
    }

    /** The words of {@code text[from, to)}, with offsets into {@code text}. */
    public List<Word> words(String text, int from, int to) {
        BreakIterator iterator = BreakIterator.getWordInstance(ENGLISH);
        iterator.setText(text.substring(from, to));
        List<Word> words = new ArrayList<>();
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            if (iterator.getRuleStatus() == BreakIterator.WORD_NONE) {
                continue;
            }
            String surface = text.substring(from + start, from + end);
            words.add(new Word(from + start, from + end, surface, key(surface)));
        }
        return words;
    }

    static String key(String surface) {
        StringBuilder key = new StringBuilder(surface.length());
        boolean numeric = Character.isDigit(surface.charAt(0));
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (c == '\u2019' || c == '\u2018' || c == '`') {
                c = '\'';
            }
            if (numeric && c == ',') {
                continue;
            }
            key.append(c);
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
