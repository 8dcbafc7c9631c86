package app.parallax.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * Alignment of two lists of units by a score matrix: a pair is kept when it reaches the threshold and is
 * the best counterpart of at least one of its two units. A unit may match several others (one outlet's
 * sentence can state what the other spreads over two); a weak pairing of two units that both have better
 * partners is dropped.
 */
final class BestPairs {

    private BestPairs() {
    }

    /** The kept pairs {i, j}, in the order of the left text. */
    static List<int[]> of(Scores p, double threshold) {
        int[] bestForRight = p.bestInColumns();
        int[] bestForLeft = new int[p.rows()];
        for (int i = 0; i < bestForLeft.length; i++) {
            bestForLeft[i] = p.bestInRow(i);
        }
        List<int[]> pairs = new ArrayList<>();
        p.forEach((i, j, score) -> {
            if (score >= threshold && (j == bestForLeft[i] || bestForRight[j] == i)) {
                pairs.add(new int[] {i, j});
            }
        });
        return pairs;
    }
}
