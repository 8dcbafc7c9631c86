package app.parallax.compare;

import app.parallax.model.SharedPhrase;
import app.parallax.model.Span;
import app.parallax.text.Word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs of at least {@link #MIN_WORDS} words that two texts share word for word, case and punctuation
 * aside, as plagiarism tools show them. A run never crosses a line break, and each is reported once, at its
 * longest.
 */
final class SharedPhrases {

    static final int MIN_WORDS = 5;
    private static final int MAX_OCCURRENCES = 64;

    List<SharedPhrase> find(String leftText, List<Word> left, String rightText, List<Word> right) {
        Map<String, List<Integer>> starts = new HashMap<>();
        for (int j = 0; j + MIN_WORDS <= right.size(); j++) {
            if (joined(rightText, right, j, MIN_WORDS)) {
                starts.computeIfAbsent(gram(right, j), k -> new ArrayList<>()).add(j);
            }
        }
        List<SharedPhrase> phrases = new ArrayList<>();
        int coveredUntil = 0;
        for (int i = 0; i + MIN_WORDS <= left.size(); i++) {
            if (i < coveredUntil || !joined(leftText, left, i, MIN_WORDS)) {
                continue; // inside a longer run already reported, or across a line break
            }
            int bestLength = 0;
            int bestJ = -1;
            List<Integer> candidates = starts.getOrDefault(gram(left, i), List.of());
            // A phrase the other text repeats hundreds of times (a refrain, a pasted list) is tried at its first
            // occurrences only, so that repetitive texts stay linear.
            for (int j : candidates.subList(0, Math.min(candidates.size(), MAX_OCCURRENCES))) {
                int n = MIN_WORDS;
                while (i + n < left.size() && j + n < right.size()
                        && left.get(i + n).key().equals(right.get(j + n).key())
                        && !lineBreakBefore(leftText, left, i + n) && !lineBreakBefore(rightText, right, j + n)) {
                    n++;
                }
                if (n > bestLength) {
                    bestLength = n;
                    bestJ = j;
                }
            }
            if (bestJ >= 0) {
                phrases.add(new SharedPhrase(span(leftText, left, i, bestLength), span(rightText, right, bestJ, bestLength),
                        bestLength));
                coveredUntil = i + bestLength;
            }
        }
        return phrases;
    }

    private static String gram(List<Word> words, int from) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < from + MIN_WORDS; k++) {
            sb.append(words.get(k).key()).append(' ');
        }
        return sb.toString();
    }

    private static boolean joined(String text, List<Word> words, int from, int n) {
        for (int k = from + 1; k < from + n; k++) {
            if (lineBreakBefore(text, words, k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean lineBreakBefore(String text, List<Word> words, int k) {
        return text.substring(words.get(k - 1).end(), words.get(k).start()).indexOf('\n') >= 0;
    }

    private static Span span(String text, List<Word> words, int from, int n) {
        return Span.of(text, words.get(from).start(), words.get(from + n - 1).end());
    }
}
