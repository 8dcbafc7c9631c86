package app.parallax.compare;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Probabilities for pairings of two lists of units, kept only where one was computed: a unit is scored
 * against its few nearest candidates, so the rest are zero. Sparse, so that memory grows with the units and
 * not with their product (two 250k-character texts would need 60 MB a matrix; a million characters, 1 GB).
 */
final class Scores {

    private final int columns;
    private final int[][] columnsOf;
    private final double[][] valuesOf;

    private Scores(int columns, int[][] columnsOf, double[][] valuesOf) {
        this.columns = columns;
        this.columnsOf = columnsOf;
        this.valuesOf = valuesOf;
    }

    int rows() {
        return columnsOf.length;
    }

    int columns() {
        return columns;
    }

    double get(int i, int j) {
        int k = Arrays.binarySearch(columnsOf[i], j);
        return k >= 0 ? valuesOf[i][k] : 0;
    }

    /** Calls {@code visitor} for each positive score, row by row, columns ascending. */
    void forEach(Visitor visitor) {
        for (int i = 0; i < columnsOf.length; i++) {
            for (int k = 0; k < columnsOf[i].length; k++) {
                if (valuesOf[i][k] > 0) {
                    visitor.visit(i, columnsOf[i][k], valuesOf[i][k]);
                }
            }
        }
    }

    /** The column of row {@code i}'s highest positive score (the first on a tie), or -1. */
    int bestInRow(int i) {
        int best = -1;
        double bestValue = 0;
        for (int k = 0; k < columnsOf[i].length; k++) {
            if (valuesOf[i][k] > bestValue) {
                best = columnsOf[i][k];
                bestValue = valuesOf[i][k];
            }
        }
        return best;
    }

    /** For each column, the row of its highest positive score (the first on a tie), or -1. */
    int[] bestInColumns() {
        int[] best = new int[columns];
        double[] bestValue = new double[columns];
        Arrays.fill(best, -1);
        forEach((i, j, p) -> {
            if (p > bestValue[j]) {
                best[j] = i;
                bestValue[j] = p;
            }
        });
        return best;
    }

    /** The same scores with every pairing of a row or column that fails its test set to zero. */
    Scores keeping(IntPredicate row, IntPredicate column) {
        Builder kept = new Builder(rows(), columns);
        forEach((i, j, p) -> {
            if (row.test(i) && column.test(j)) {
                kept.put(i, j, p);
            }
        });
        return kept.build();
    }

    interface Visitor {
        void visit(int row, int column, double score);
    }

    /** Collects scores row by row, in any order within a row; later puts of one pairing replace earlier ones. */
    static final class Builder {

        private final int columns;
        private final int[][] columnsOf;
        private final double[][] valuesOf;
        private final int[] sizes;

        Builder(int rows, int columns) {
            this.columns = columns;
            this.columnsOf = new int[rows][];
            this.valuesOf = new double[rows][];
            this.sizes = new int[rows];
        }

        void put(int i, int j, double p) {
            if (j < 0 || j >= columns) {
                throw new IndexOutOfBoundsException("column " + j + " of " + columns);
            }
            if (columnsOf[i] == null) {
                columnsOf[i] = new int[4];
                valuesOf[i] = new double[4];
            }
            for (int k = 0; k < sizes[i]; k++) {
                if (columnsOf[i][k] == j) {
                    valuesOf[i][k] = p;
                    return;
                }
            }
            if (sizes[i] == columnsOf[i].length) {
                columnsOf[i] = Arrays.copyOf(columnsOf[i], sizes[i] * 2);
                valuesOf[i] = Arrays.copyOf(valuesOf[i], sizes[i] * 2);
            }
            columnsOf[i][sizes[i]] = j;
            valuesOf[i][sizes[i]] = p;
            sizes[i]++;
        }

        Scores build() {
            int[][] cols = new int[columnsOf.length][];
            double[][] vals = new double[columnsOf.length][];
            for (int i = 0; i < cols.length; i++) {
                Integer[] order = new Integer[sizes[i]];
                for (int k = 0; k < order.length; k++) {
                    order[k] = k;
                }
                int row = i;
                Arrays.sort(order, (x, y) -> Integer.compare(columnsOf[row][x], columnsOf[row][y]));
                cols[i] = new int[order.length];
                vals[i] = new double[order.length];
                for (int k = 0; k < order.length; k++) {
                    cols[i][k] = columnsOf[i][order[k]];
                    vals[i][k] = valuesOf[i][order[k]];
                }
            }
            return new Scores(columns, cols, vals);
        }
    }
}
