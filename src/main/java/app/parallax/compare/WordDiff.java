package app.parallax.compare;

import app.parallax.model.DiffChunk;
import app.parallax.text.Word;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

import java.util.ArrayList;
import java.util.List;

/**
 * A word-level diff of two wordings (java-diff-utils over word keys, so case and apostrophe styles do not
 * count as changes); each chunk keeps the words as each side spells them, punctuation between them included.
 */
final class WordDiff {

    /** One chunk with the index ranges of the words it covers on each side. */
    record Step(DiffChunk.Op op, int leftFrom, int leftTo, int rightFrom, int rightTo) {
    }

    static List<Step> steps(List<Word> left, List<Word> right) {
        List<String> a = left.stream().map(Word::key).toList();
        List<String> b = right.stream().map(Word::key).toList();
        List<Step> steps = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int ls = delta.getSource().getPosition();
            int rs = delta.getTarget().getPosition();
            if (ls > i) {
                steps.add(new Step(DiffChunk.Op.EQUAL, i, ls, j, rs));
            }
            int le = ls + delta.getSource().size();
            int re = rs + delta.getTarget().size();
            DiffChunk.Op op = delta.getType() == DeltaType.INSERT ? DiffChunk.Op.INSERT
                    : delta.getType() == DeltaType.DELETE ? DiffChunk.Op.DELETE : DiffChunk.Op.REPLACE;
            steps.add(new Step(op, ls, le, rs, re));
            i = le;
            j = re;
        }
        if (i < a.size() || j < b.size()) {
            steps.add(new Step(DiffChunk.Op.EQUAL, i, a.size(), j, b.size()));
        }
        return steps;
    }

    static List<DiffChunk> chunks(String leftText, List<Word> left, String rightText, List<Word> right,
                                  List<Step> steps) {
        List<DiffChunk> chunks = new ArrayList<>();
        for (Step s : steps) {
            chunks.add(new DiffChunk(s.op(), words(leftText, left, s.leftFrom(), s.leftTo()),
                    words(rightText, right, s.rightFrom(), s.rightTo())));
        }
        return chunks;
    }

    /** The text from the first to the last of the words [from, to), as written. */
    static String words(String text, List<Word> words, int from, int to) {
        return from >= to ? "" : text.substring(words.get(from).start(), words.get(to - 1).end());
    }
}
