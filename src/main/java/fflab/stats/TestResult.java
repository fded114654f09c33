package fflab.stats;

/**
 * The outcome of one hypothesis test.
 *
 * @param test       which test ran, e.g. "paired t" or "McNemar exact (binomial)"
 * @param statistic  the test statistic (see each test for which one); NaN when not testable
 * @param pValue     two-sided p-value, not corrected for multiple comparisons; NaN when not testable
 * @param effectName which effect size {@code effect} is, e.g. "Cohen's d_z"
 * @param effect     the effect size; NaN when it is undefined
 * @param n          the number of observations the test's null distribution is based on: pairs for
 *                   the paired t test, non-zero differences for the signed-rank test, discordant
 *                   pairs for McNemar, all values for the group tests
 * @param note       plain text for a report: degrees of freedom, which p-value method ran, and why
 *                   a test could not run (e.g. "n &lt; 2: not testable")
 */
public record TestResult(String test, double statistic, double pValue, String effectName, double effect, int n,
        String note) {

    /** A test that could not run on the data: NaN statistic, p-value and effect. */
    static TestResult notTestable(String test, String effectName, int n, String reason) {
        return new TestResult(test, Double.NaN, Double.NaN, effectName, Double.NaN, n, reason + ": not testable");
    }

    public boolean isTestable() {
        return !Double.isNaN(pValue);
    }
}
