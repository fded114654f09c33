package fflab.nn;

/** Small loops over one host row that the FF step, prediction and normalisation share. */
public final class RowOps {
    private RowOps() {}

    /** ReLU of {@code row[0..length-1]} in place; returns the sum of the squares of the result. */
    public static double reluAndSquaredSum(double[] row, int length) {
        double sum = 0;
        for (int k = 0; k < length; k++) {
            double v = Math.max(row[k], 0);
            row[k] = v;
            sum += v * v;
        }
        return sum;
    }

    /** Multiplies {@code row[0..length-1]} by {@code factor}. */
    public static void scale(double[] row, int length, double factor) {
        for (int k = 0; k < length; k++) {
            row[k] *= factor;
        }
    }
}
