package fflab.stats;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * McNemar's test for two classifiers scored on the same items, from the discordant counts b (only
 * A right) and c (only B right); the concordant items carry no information about the difference.
 *
 * <ul>
 * <li>b + c &lt; {@value #EXACT_BELOW}: exact two-sided binomial test of b ~ Bin(b + c, 1/2),
 * p = min(1, 2 P(X &lt;= min(b, c))), which equals R's binom.test(b, b + c) because Bin(m, 1/2) is
 * symmetric. The statistic reported is b.</li>
 * <li>otherwise: chi-square with continuity correction, max(0, |b - c| - 1)^2 / (b + c) on 1 df,
 * exactly as R's mcnemar.test (correct = TRUE; Edwards 1948).</li>
 * </ul>
 * Effect: the conditional odds ratio b / c (Agresti, Categorical Data Analysis, 3rd ed., 2013,
 * section 11.1), with Haldane's 0.5 added to both counts when either is 0. No discordant pairs at
 * all is not testable (NaN p, as R's mcnemar.test gives).
 */
public final class McNemar {
    static final int EXACT_BELOW = 25;
    static final String EXACT = "McNemar exact (binomial)";
    static final String CHI_SQUARE = "McNemar chi-square (continuity corrected)";
    static final String EFFECT = "odds ratio b/c";

    private McNemar() {
    }

    /** @param items "" or " of N items", appended to the counts in the note */
    static TestResult test(int b, int c, String items) {
        requireCounts(b, c);
        int n = b + c;
        String counts = "b = " + b + " (only A correct), c = " + c + " (only B correct)" + items;
        if (n == 0) {
            return TestResult.notTestable(EXACT, EFFECT, 0, counts + "; no discordant pairs");
        }
        double oddsRatio = b == 0 || c == 0 ? (b + 0.5) / (c + 0.5) : (double) b / c;
        if (n < EXACT_BELOW) {
            return new TestResult(EXACT, b, exactPValue(b, c), EFFECT, oddsRatio, n, counts);
        }
        // R corrects only when b != c, so b = c gives 0 rather than 1/(b + c); max(0, .) does the same
        double excess = Math.max(0, Math.abs(b - c) - 1.0);
        double statistic = excess * excess / n;
        double p = 1 - new ChiSquaredDistribution(null, 1).cumulativeProbability(statistic);
        return new TestResult(CHI_SQUARE, statistic, p, EFFECT, oddsRatio, n, counts + "; df = 1");
    }

    /**
     * The exact two-sided p-value at any count (the saliency maps test every position this way, so no
     * large-sample threshold applies); 1 when no item changed.
     */
    public static double exactPValue(int b, int c) {
        requireCounts(b, c);
        int n = b + c;
        if (n == 0) {
            return 1.0;
        }
        // no random generator needed: only the distribution function is used
        double tail = new BinomialDistribution(null, n, 0.5).cumulativeProbability(Math.min(b, c));
        return Math.min(1, 2 * tail);
    }

    private static void requireCounts(int b, int c) {
        if (b < 0 || c < 0) {
            throw new IllegalArgumentException("discordant counts must be non-negative, got b = " + b + ", c = " + c);
        }
    }
}
