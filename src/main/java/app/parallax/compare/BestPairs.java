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
    static List<int[]> of(double[][] p, double threshold) {
        int n = p.length;
        int m = n == 0 ? 0 : p[0].length;
        int[] bestForRight = new int[m];
        for (int j = 0; j < m; j++) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (best < 0 || p[i][j] > p[best][j]) {
                    best = i;
                }
            }
            bestForRight[j] = best;
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int bestForLeft = -1;
            for (int j = 0; j < m; j++) {
                if (bestForLeft < 0 || p[i][j] > p[i][bestForLeft]) {
                    bestForLeft = j;
                }
            }
            for (int j = 0; j < m; j++) {
                if (p[i][j] > 0 && p[i][j] >= threshold && (j == bestForLeft || bestForRight[j] == i)) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        return pairs;
    }
}
