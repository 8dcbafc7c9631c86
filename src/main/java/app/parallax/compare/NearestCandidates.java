package app.parallax.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;

/**
 * The pairings of two texts' units worth scoring: each unit's few nearest units of the other text by
 * embedding cosine, found with one pass of dot products over unit-length vectors (a matrix product, in row
 * blocks on every core) that keeps only each row's and each column's best few. Memory grows with the units,
 * not their product; the time with the product, at a few nanoseconds a pairing.
 */
final class NearestCandidates {

    /** One pairing and its cosine. */
    record Pairing(int left, int right, double cosine) {
    }

    private static final int BLOCK = 32;

    private final List<Pairing> pairs;
    private final double[] bestOfLeft;
    private final double[] bestOfRight;

    private NearestCandidates(List<Pairing> pairs, double[] bestOfLeft, double[] bestOfRight) {
        this.pairs = pairs;
        this.bestOfLeft = bestOfLeft;
        this.bestOfRight = bestOfRight;
    }

    /** The union of each left unit's {@code k} nearest right units and each right unit's {@code k} nearest left ones. */
    static NearestCandidates of(List<Unit> left, List<Unit> right, int k) {
        float[][] a = vectors(left);
        float[][] b = vectors(right);
        int blocks = (a.length + BLOCK - 1) / BLOCK;
        Thread caller = Thread.currentThread();
        List<Block> done = IntStream.range(0, blocks).parallel().mapToObj(block -> {
            if (caller.isInterrupted()) {
                throw new CancellationException("comparison cancelled");
            }
            return Block.of(a, b, block * BLOCK, Math.min(a.length, (block + 1) * BLOCK), k);
        }).toList();
        Best[] columns = new Best[b.length];
        for (int j = 0; j < b.length; j++) {
            columns[j] = new Best(k);
        }
        List<Pairing> pairs = new ArrayList<>();
        double[] bestOfLeft = new double[a.length];
        Arrays.fill(bestOfLeft, Double.NEGATIVE_INFINITY);
        for (Block block : done) {
            for (int r = 0; r < block.rows.length; r++) {
                Best row = block.rows[r];
                int i = block.from + r;
                for (int t = 0; t < row.size; t++) {
                    pairs.add(new Pairing(i, row.index[t], row.value[t]));
                    bestOfLeft[i] = Math.max(bestOfLeft[i], row.value[t]);
                }
            }
            for (int j = 0; j < b.length; j++) {
                Best column = block.columns[j];
                for (int t = 0; t < column.size; t++) {
                    columns[j].offer(column.index[t], column.value[t]);
                }
            }
        }
        double[] bestOfRight = new double[b.length];
        Arrays.fill(bestOfRight, Double.NEGATIVE_INFINITY);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        pairs.forEach(p -> seen.add(key(p.left(), p.right())));
        for (int j = 0; j < b.length; j++) {
            Best column = columns[j];
            for (int t = 0; t < column.size; t++) {
                bestOfRight[j] = Math.max(bestOfRight[j], column.value[t]);
                if (seen.add(key(column.index[t], j))) {
                    pairs.add(new Pairing(column.index[t], j, column.value[t]));
                }
            }
        }
        pairs.sort(java.util.Comparator.comparingInt(Pairing::left).thenComparingInt(Pairing::right));
        return new NearestCandidates(List.copyOf(pairs), bestOfLeft, bestOfRight);
    }

    List<Pairing> pairs() {
        return pairs;
    }

    /** The highest cosine of left unit {@code i} with any right unit. */
    double bestOfLeft(int i) {
        return bestOfLeft[i];
    }

    double bestOfRight(int j) {
        return bestOfRight[j];
    }

    /** Unit-length copies, so that a dot product is the cosine whatever the vectors' source. */
    private static float[][] vectors(List<Unit> units) {
        float[][] v = new float[units.size()][];
        for (int i = 0; i < v.length; i++) {
            float[] e = units.get(i).embedding();
            double norm = 0;
            for (float x : e) {
                norm += x * x;
            }
            float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
            v[i] = new float[e.length];
            for (int d = 0; d < e.length; d++) {
                v[i][d] = e[d] * scale;
            }
        }
        return v;
    }

    private static long key(int i, int j) {
        return ((long) i << 32) | (j & 0xffffffffL);
    }

    /** The best few rows of a block of left units, and the best few of each column within the block. */
    private record Block(int from, Best[] rows, Best[] columns) {
        static Block of(float[][] a, float[][] b, int from, int to, int k) {
            Best[] rows = new Best[to - from];
            Best[] columns = new Best[b.length];
            for (int j = 0; j < b.length; j++) {
                columns[j] = new Best(k);
            }
            for (int i = from; i < to; i++) {
                Best row = new Best(k);
                for (int j = 0; j < b.length; j++) {
                    double c = Vectors.dot(a[i], b[j]);
                    row.offer(j, c);
                    columns[j].offer(i, c);
                }
                rows[i - from] = row;
            }
            return new Block(from, rows, columns);
        }
    }

    /** The k highest values offered, with their indices; the lower index wins a tie, as in a scan. */
    private static final class Best {
        final int[] index;
        final double[] value;
        int size;

        Best(int k) {
            index = new int[k];
            value = new double[k];
        }

        void offer(int i, double v) {
            if (size == index.length && !(v > value[size - 1] || v == value[size - 1] && i < index[size - 1])) {
                return;
            }
            int at = size == index.length ? size - 1 : size++;
            while (at > 0 && (value[at - 1] < v || value[at - 1] == v && index[at - 1] > i)) {
                index[at] = index[at - 1];
                value[at] = value[at - 1];
                at--;
            }
            index[at] = i;
            value[at] = v;
        }
    }
}
