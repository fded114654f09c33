package fflab.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Wilcoxon signed-rank test")
class SignedRankTest {
    /**
     * Hollander and Wolfe (1973, p. 29f.), R's ?wilcox.test example: Hamilton depression scale of 9 patients at the
     * first (x) and second (y) visit after the start of a therapy.
     */
    static final double[] HW_X = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
    static final double[] HW_Y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};

    @Test
    @DisplayName("Hollander-Wolfe data: exact p and V match R's wilcox.test")
    void exactMatchesR() {
        TestResult r = PairedTests.wilcoxonSignedRank(HW_X, HW_Y);
        // R: wilcox.test(x, y, paired = TRUE, alternative = "greater") -> V = 40, p-value = 0.01953 (two-sided: twice that)
        // scipy.stats.wilcoxon(x, y, method='exact') -> pvalue 0.0390625 (= 20 / 512)
        assertThat(r.statistic()).isEqualTo(40.0);
        assertThat(r.pValue()).isCloseTo(0.0390625, within(1e-12));
        assertThat(r.n()).isEqualTo(9);
        assertThat(r.note()).contains("exact p");
    }

    @Test
    @DisplayName("effect is the matched-pairs rank-biserial correlation (W+ - W-) / (W+ + W-)")
    void rankBiserial() {
        TestResult r = PairedTests.wilcoxonSignedRank(HW_X, HW_Y);
        // W+ = 40, W- = 45 - 40 = 5: (40 - 5) / 45 (Kerby 2014)
        assertThat(r.effectName()).isEqualTo("rank-biserial r");
        assertThat(r.effect()).isCloseTo(35.0 / 45, within(1e-12));
        assertThat(PairedTests.wilcoxonSignedRank(HW_Y, HW_X).effect()).isCloseTo(-35.0 / 45, within(1e-12));
    }

    @Test
    @DisplayName("zero differences are dropped before ranking (Commons Math would rank them)")
    void zerosAreDropped() {
        double[] x = Arrays.copyOf(HW_X, 10);
        double[] y = Arrays.copyOf(HW_Y, 10);
        x[9] = 2.5;
        y[9] = 2.5;
        TestResult r = PairedTests.wilcoxonSignedRank(x, y);
        // same as without the tied pair: scipy.stats.wilcoxon(x, y, zero_method='wilcox') on the 9 non-zero differences
        assertThat(r.statistic()).isEqualTo(40.0);
        assertThat(r.pValue()).isCloseTo(0.0390625, within(1e-12));
        assertThat(r.n()).isEqualTo(9);
        assertThat(r.note()).endsWith("1 zero difference dropped");
    }

    @Test
    @DisplayName("sleep data (ties and a zero): tie- and continuity-corrected normal approximation matches R")
    void tiesUseTheNormalApproximation() {
        TestResult r = PairedTests.wilcoxonSignedRank(PairedTTestTest.DRUG_1, PairedTTestTest.DRUG_2);
        // R: wilcox.test(extra ~ group, data = sleep, paired = TRUE) -> V = 0, p-value = 0.009091
        // scipy.stats.wilcoxon(drug1, drug2, zero_method='wilcox', correction=True, method='asymptotic') -> 0.009090698015925044
        assertThat(r.statistic()).isZero();
        assertThat(r.pValue()).isCloseTo(0.009090698015925044, within(1e-12));
        assertThat(r.n()).isEqualTo(9);
        assertThat(r.effect()).isEqualTo(-1.0);
        assertThat(r.note()).contains("tie and continuity correction").contains("1 zero difference dropped");
    }

    @Test
    @DisplayName("n = 20 without ties still uses the exact p")
    void exactAtTheLimit() {
        TestResult r = PairedTests.wilcoxonSignedRank(signedRanks(20), new double[20]);
        // differences +/-1..20, negative for 2, 5, 7, 11, 13: W+ = 210 - 38 = 172
        // scipy.stats.wilcoxon(d, method='exact') -> statistic 38 (= W-), pvalue 0.01068878173828125
        assertThat(r.statistic()).isEqualTo(172.0);
        assertThat(r.pValue()).isCloseTo(0.01068878173828125, within(1e-12));
        assertThat(r.note()).contains("exact p");
    }

    @Test
    @DisplayName("n = 21 switches to the continuity-corrected normal approximation")
    void normalApproximationAboveTheLimit() {
        TestResult r = PairedTests.wilcoxonSignedRank(signedRanks(21), new double[21]);
        // as above plus +21: W+ = 193
        // scipy.stats.wilcoxon(d, method='asymptotic', correction=True) -> pvalue 0.007443130653195285 (exact would be 0.00554)
        assertThat(r.statistic()).isEqualTo(193.0);
        assertThat(r.pValue()).isCloseTo(0.007443130653195285, within(1e-12));
        assertThat(r.note()).contains("normal approximation with continuity correction (n > 20)");
    }

    @Test
    @DisplayName("25 accuracy-like pairs without ties: normal approximation matches scipy")
    void twentyFivePairs() {
        // generated with numpy.random.default_rng(7): a = round(normal(90, 2, 25), 3), b = round(a - normal(0.6, 1.5, 25), 3)
        double[] a = {90.002, 90.597, 89.452, 88.219, 89.091, 88.017, 90.12, 92.68, 89.016, 88.759, 90.98, 90.714,
            90.211, 88.139, 89.941, 91.391, 87.312, 89.085, 86.198, 87.421, 86.317, 89.53, 87.465, 90.543, 90.314};
        double[] b = {89.682, 93.772, 89.66, 87.692, 88.321, 89.712, 90.237, 93.548, 89.629, 86.568, 91.591, 90.163,
            88.284, 88.414, 89.509, 90.625, 86.616, 90.323, 85.484, 84.783, 88.038, 87.641, 86.686, 90.905, 86.713};
        TestResult r = PairedTests.wilcoxonSignedRank(a, b);
        // scipy.stats.wilcoxon(a, b, correction=True, method='asymptotic') -> statistic 124 (= W-), pvalue 0.3065619830552162
        // scipy.stats.wilcoxon(..., alternative='greater').statistic -> 201 (= W+)
        assertThat(r.statistic()).isEqualTo(201.0);
        assertThat(r.pValue()).isCloseTo(0.3065619830552162, within(1e-12));
        assertThat(r.effect()).isCloseTo((201.0 - 124.0) / 325, within(1e-12));
    }

    @Test
    @DisplayName("W+ = W- at the centre: p is capped at 1 (Commons Math's exact p would be 1.25)")
    void pIsCappedAtOne() {
        TestResult r = PairedTests.wilcoxonSignedRank(new double[] {1, 2, -3}, new double[3]);
        // scipy.stats.wilcoxon([1, 2, -3], method='exact') -> pvalue 1.0
        assertThat(r.pValue()).isEqualTo(1.0);
        assertThat(r.effect()).isZero();
    }

    @Test
    @DisplayName("all pairs equal: NaN p with a note, as R gives NA")
    void allPairsEqual() {
        TestResult r = PairedTests.wilcoxonSignedRank(new double[] {0.9, 0.8}, new double[] {0.9, 0.8});
        assertThat(r.pValue()).isNaN();
        assertThat(r.statistic()).isNaN();
        assertThat(r.n()).isZero();
        assertThat(r.note()).isEqualTo("all pairs are equal: not testable");
        assertThat(PairedTests.wilcoxonSignedRank(new double[0], new double[0]).note())
                .isEqualTo("no pairs: not testable");
    }

    @Test
    @DisplayName("one non-zero pair gives p = 1")
    void onePair() {
        // scipy.stats.wilcoxon([0.5], method='exact') -> pvalue 1.0
        TestResult r = PairedTests.wilcoxonSignedRank(new double[] {1.5}, new double[] {1.0});
        assertThat(r.pValue()).isEqualTo(1.0);
        assertThat(r.n()).isEqualTo(1);
    }

    /** 1..n with the signs of 2, 5, 7, 11 and 13 negative. */
    private static double[] signedRanks(int n) {
        double[] d = new double[n];
        for (int i = 1; i <= n; i++) {
            d[i - 1] = i == 2 || i == 5 || i == 7 || i == 11 || i == 13 ? -i : i;
        }
        return d;
    }
}
