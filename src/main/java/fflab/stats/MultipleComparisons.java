package fflab.stats;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Adjusted p-values for a family of m tests, in the form R's p.adjust gives them, so that a
 * comparison is significant at level alpha when its adjusted p-value is at most alpha.
 * <ul>
 * <li>Holm (1979): with p(1) &lt;= ... &lt;= p(m), adjusted p(i) = max over j &lt;= i of
 * min(1, (m - j + 1) p(j)).</li>
 * <li>Benjamini and Hochberg (1995): adjusted p(i) = min over j &gt;= i of min(1, m p(j) / j).</li>
 * </ul>
 * NaN p-values (tests that could not run) stay NaN, are never significant and are not counted in
 * m, as R's p.adjust does with NA.
 */
public final class MultipleComparisons {
    private MultipleComparisons() {
    }

    /** Adjusted p-values in the input's order. */
    public static double[] adjust(double[] pValues, Correction method) {
        checkPValues(pValues);
        if (method == null) {
            throw new IllegalArgumentException("correction method must not be null");
        }
        double[] adjusted = pValues.clone();
        // indices of the testable p-values, smallest p first
        int[] order = IntStream.range(0, pValues.length).filter(i -> !Double.isNaN(pValues[i])).boxed()
                .sorted(Comparator.comparingDouble(i -> pValues[i])).mapToInt(Integer::intValue).toArray();
        int m = order.length;
        switch (method) {
            case NONE -> {
            }
            case HOLM -> {
                double runningMax = 0;
                for (int rank = 1; rank <= m; rank++) {
                    int i = order[rank - 1];
                    runningMax = Math.max(runningMax, Math.min(1, (m - rank + 1) * pValues[i]));
                    adjusted[i] = runningMax;
                }
            }
            case BENJAMINI_HOCHBERG -> {
                double runningMin = 1;
                for (int rank = m; rank >= 1; rank--) {
                    int i = order[rank - 1];
                    runningMin = Math.min(runningMin, (double) m / rank * pValues[i]);
                    adjusted[i] = runningMin;
                }
            }
        }
        return adjusted;
    }

    /** Whether each adjusted p-value is at most alpha; NaN is never significant. */
    public static boolean[] significant(double[] pValues, Correction method, double alpha) {
        Checks.probability(alpha, "alpha");
        double[] adjusted = adjust(pValues, method);
        boolean[] result = new boolean[adjusted.length];
        for (int i = 0; i < adjusted.length; i++) {
            result[i] = adjusted[i] <= alpha;
        }
        return result;
    }

    private static void checkPValues(double[] pValues) {
        if (pValues == null) {
            throw new IllegalArgumentException("p-values must not be null");
        }
        for (int i = 0; i < pValues.length; i++) {
            double p = pValues[i];
            if (!Double.isNaN(p) && !(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("p-value " + i + " is " + p + "; p-values must be in [0, 1] or NaN");
            }
        }
    }
}
