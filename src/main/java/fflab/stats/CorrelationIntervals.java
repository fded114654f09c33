package fflab.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Confidence intervals for a correlation coefficient by Fisher's z = atanh(r), which is close to
 * normal: Pearson's r with standard error 1 / sqrt(n - 3); Spearman's rho with the Bonett-Wright
 * (2000) standard error sqrt((1 + rho^2 / 2) / (n - 3)). The bounds are transformed back with tanh.
 */
public final class CorrelationIntervals {
    private CorrelationIntervals() {
    }

    /** The interval at {@code confidence} for {@code c}; undefined when r is NaN or n &lt; 4. */
    public static Interval of(Correlation c, double confidence) {
        Checks.probability(confidence, "confidence");
        int n = c.n();
        double r = c.r();
        if (Double.isNaN(r) || n < 4) {
            return Interval.UNDEFINED;
        }
        if (Math.abs(r) >= 1) {
            return new Interval(r, r);
        }
        double variance = Correlations.SPEARMAN.equals(c.method()) ? (1 + r * r / 2) / (n - 3) : 1.0 / (n - 3);
        double zCritical = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double z = 0.5 * Math.log((1 + r) / (1 - r));
        double half = zCritical * Math.sqrt(variance);
        return new Interval(Math.tanh(z - half), Math.tanh(z + half));
    }
}
