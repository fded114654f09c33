package fflab.stats;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * Two methods measured on the same units: the same seeds (paired t, signed-rank) or the same test
 * images (McNemar). Differences are always a - b, so a positive statistic or effect means a is
 * larger (or, for McNemar, more often right alone).
 */
public final class PairedTests {
    static final String PAIRED_T = "paired t";
    static final String COHENS_DZ = "Cohen's d_z";

    private PairedTests() {
    }

    /**
     * Student's paired t test from Commons Math ({@link TTest#pairedT}, {@link TTest#pairedTTest}).
     * Effect: Cohen's d_z = mean(a - b) / sd(a - b) (Cohen 1988, Statistical Power Analysis, ch. 2; Lakens 2013,
     * Frontiers in Psychology 4:863), so t = d_z * sqrt(n). Not testable when n &lt; 2 or when
     * every difference is the same (sd 0: R's t.test stops there too, "data are essentially
     * constant").
     */
    public static TestResult pairedT(double[] a, double[] b) {
        Checks.pairs(a, b);
        int n = a.length;
        if (n < 2) {
            return TestResult.notTestable(PAIRED_T, COHENS_DZ, n, "n < 2");
        }
        DescriptiveStatistics differences = new DescriptiveStatistics();
        for (int i = 0; i < n; i++) {
            differences.addValue(a[i] - b[i]);
        }
        double sd = differences.getStandardDeviation();
        if (sd == 0) {
            return TestResult.notTestable(PAIRED_T, COHENS_DZ, n, "all differences are equal (sd 0)");
        }
        TTest t = new TTest();
        return new TestResult(PAIRED_T, t.pairedT(a, b), t.pairedTTest(a, b), COHENS_DZ,
                differences.getMean() / sd, n, "df = " + (n - 1));
    }

    /** See {@link SignedRank}: statistic V = W+, exact p for small samples without ties, rank-biserial effect. */
    public static TestResult wilcoxonSignedRank(double[] a, double[] b) {
        return SignedRank.test(a, b);
    }

    /**
     * McNemar's test on per-item correctness of two classifiers on the same items: b counts the
     * items only A got right, c those only B got right (see {@link McNemar}).
     */
    public static TestResult mcNemar(boolean[] correctA, boolean[] correctB) {
        if (correctA == null || correctB == null) {
            throw new IllegalArgumentException("correctness arrays must not be null");
        }
        Checks.sameLength(correctA.length, correctB.length);
        int onlyA = 0;
        int onlyB = 0;
        for (int i = 0; i < correctA.length; i++) {
            if (correctA[i] && !correctB[i]) {
                onlyA++;
            } else if (!correctA[i] && correctB[i]) {
                onlyB++;
            }
        }
        return McNemar.test(onlyA, onlyB, " of " + correctA.length + " items");
    }

    /** McNemar's test from the discordant counts alone. */
    public static TestResult mcNemar(int onlyACorrect, int onlyBCorrect) {
        return McNemar.test(onlyACorrect, onlyBCorrect, "");
    }
}
