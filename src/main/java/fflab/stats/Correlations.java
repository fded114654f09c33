package fflab.stats;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * Pearson and Spearman correlations from Commons Math, each with the p-value of
 * t = r sqrt((n - 2) / (1 - r^2)) on n - 2 df ({@link PearsonsCorrelation#getCorrelationPValues}).
 * For Spearman that t is an approximation (it is what scipy.stats.spearmanr reports; R's cor.test
 * uses an exact distribution for n &lt; 1290 without ties, so its p differs in small samples).
 * Spearman's rho is Pearson's r of the average ranks, so ties are handled.
 */
public final class Correlations {
    static final String PEARSON = "Pearson";
    static final String SPEARMAN = "Spearman";

    private Correlations() {
    }

    public static Correlation pearson(double[] x, double[] y) {
        return correlate(PEARSON, x, y);
    }

    public static Correlation spearman(double[] x, double[] y) {
        return correlate(SPEARMAN, x, y);
    }

    private static Correlation correlate(String method, double[] x, double[] y) {
        Checks.finite(x, "x");
        Checks.finite(y, "y");
        Checks.sameLength(x.length, y.length);
        int n = x.length;
        if (n < 3) {
            // r of two points is +/-1 by construction and its t has 0 df
            return new Correlation(method, Double.NaN, Double.NaN, n);
        }
        RealMatrix columns = twoColumns(x, y);
        PearsonsCorrelation pearson = method.equals(SPEARMAN)
                ? new SpearmansCorrelation(columns).getRankCorrelation()
                : new PearsonsCorrelation(columns);
        double r = pearson.getCorrelationMatrix().getEntry(0, 1);
        if (Double.isNaN(r)) {
            return new Correlation(method, Double.NaN, Double.NaN, n);
        }
        return new Correlation(method, r, pearson.getCorrelationPValues().getEntry(0, 1), n);
    }

    private static RealMatrix twoColumns(double[] x, double[] y) {
        double[][] rows = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            rows[i] = new double[] {x[i], y[i]};
        }
        return new Array2DRowRealMatrix(rows, false);
    }
}
