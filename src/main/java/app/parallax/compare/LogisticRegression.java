package app.parallax.compare;

/**
 * Fits a logistic regression on standardised features by Newton's method with a little L2 regularisation;
 * a dozen features and a few thousand pairs need nothing bigger.
 */
final class LogisticRegression {

    private static final double L2 = 1e-3;
    private static final int ITERATIONS = 50;

    record Fitted(double[] mean, double[] scale, double[] weights) {
    }

    static Fitted fit(double[][] x, int[] y) {
        int n = x.length;
        int d = x[0].length;
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = scale[j] < 1e-12 ? 1 : Math.sqrt(scale[j]);
        }
        int k = d + 1;
        double[] w = new double[k];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[k];
            double[][] hessian = new double[k][k];
            for (int i = 0; i < n; i++) {
                double[] z = standardised(x[i], mean, scale);
                double p = sigmoid(dot(w, z));
                for (int a = 0; a < k; a++) {
                    gradient[a] += (p - y[i]) * z[a];
                    for (int b = 0; b < k; b++) {
                        hessian[a][b] += p * (1 - p) * z[a] * z[b];
                    }
                }
            }
            for (int a = 1; a < k; a++) {
                gradient[a] += L2 * n * w[a];
                hessian[a][a] += L2 * n;
            }
            double[] step = solve(hessian, gradient);
            for (int a = 0; a < k; a++) {
                w[a] -= step[a];
            }
        }
        return new Fitted(mean, scale, w);
    }

    /** [1, (x - mean) / scale]: the bias term first. */
    static double[] standardised(double[] x, double[] mean, double[] scale) {
        double[] z = new double[x.length + 1];
        z[0] = 1;
        for (int j = 0; j < x.length; j++) {
            z[j + 1] = (x[j] - mean[j]) / scale[j];
        }
        return z;
    }

    static double sigmoid(double t) {
        return 1 / (1 + Math.exp(-t));
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int r = 0; r < n; r++) {
                if (r != col && m[col][col] != 0) {
                    double factor = m[r][col] / m[col][col];
                    for (int c = col; c <= n; c++) {
                        m[r][c] -= factor * m[col][c];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][i] == 0 ? 0 : m[i][n] / m[i][i];
        }
        return x;
    }
}
