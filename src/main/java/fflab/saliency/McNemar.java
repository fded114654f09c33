package fflab.saliency;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * McNemar's test for paired correctness (the same images, unoccluded and occluded): only the
 * discordant images count, {@code b} turned wrong and {@code c} turned right. Exact form: under
 * the null hypothesis b is Binomial(b + c, 1/2); the two-sided p-value doubles the smaller tail.
 * Exact at every count, so no continuity correction or large-sample threshold is needed.
 */
public final class McNemar {
    private McNemar() {}

    /** Two-sided exact p-value; 1 when no image changed. */
    public static double exactPValue(int b, int c) {
        if (b < 0 || c < 0) {
            throw new IllegalArgumentException("counts must be >= 0, got " + b + ", " + c);
        }
        int n = b + c;
        if (n == 0) {
            return 1.0;
        }
        // no random generator needed: only the distribution function is used
        BinomialDistribution binomial = new BinomialDistribution(null, n, 0.5);
        return Math.min(1.0, 2 * binomial.cumulativeProbability(Math.min(b, c)));
    }
}
