package fflab.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Paired t test")
class PairedTTestTest {
    /** R's sleep data set (Student 1908): extra hours of sleep of the same 10 patients with drug 1 and drug 2. */
    static final double[] DRUG_1 = SummariesTest.SLEEP_DRUG_1;
    static final double[] DRUG_2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

    @Test
    @DisplayName("sleep data: t, df and p match R's t.test(paired = TRUE)")
    void sleepDataMatchesR() {
        TestResult r = PairedTests.pairedT(DRUG_1, DRUG_2);
        // R: t.test(extra[1:10], extra[11:20], paired = TRUE) -> t = -4.0621, df = 9, p-value = 0.002833
        // scipy.stats.ttest_rel(drug1, drug2) -> statistic -4.062127683382037, pvalue 0.002832890197384273
        assertThat(r.statistic()).isCloseTo(-4.062127683382037, within(1e-9));
        assertThat(r.pValue()).isCloseTo(0.002832890197384273, within(1e-12));
        assertThat(r.n()).isEqualTo(10);
        assertThat(r.note()).isEqualTo("df = 9");
        assertThat(r.test()).isEqualTo("paired t");
    }

    @Test
    @DisplayName("effect is Cohen's d_z = mean difference / sd of differences")
    void cohensDz() {
        TestResult r = PairedTests.pairedT(DRUG_1, DRUG_2);
        // d = drug1 - drug2; numpy: d.mean() / d.std(ddof=1) -> -1.2845575625910546 (mean -1.58, sd 1.229995)
        assertThat(r.effectName()).isEqualTo("Cohen's d_z");
        assertThat(r.effect()).isCloseTo(-1.2845575625910546, within(1e-12));
        // and t = d_z sqrt(n)
        assertThat(r.statistic()).isCloseTo(r.effect() * Math.sqrt(10), within(1e-9));
    }

    @Test
    @DisplayName("swapping the samples flips the signs and keeps p")
    void swapping() {
        TestResult ab = PairedTests.pairedT(DRUG_1, DRUG_2);
        TestResult ba = PairedTests.pairedT(DRUG_2, DRUG_1);
        assertThat(ba.statistic()).isCloseTo(-ab.statistic(), within(1e-12));
        assertThat(ba.effect()).isCloseTo(-ab.effect(), within(1e-12));
        assertThat(ba.pValue()).isCloseTo(ab.pValue(), within(1e-15));
    }

    @Test
    @DisplayName("one pair: NaN statistic and p with the note 'n < 2: not testable'")
    void onePair() {
        TestResult r = PairedTests.pairedT(new double[] {1}, new double[] {2});
        assertThat(r.statistic()).isNaN();
        assertThat(r.pValue()).isNaN();
        assertThat(r.effect()).isNaN();
        assertThat(r.note()).isEqualTo("n < 2: not testable");
        assertThat(r.isTestable()).isFalse();
        assertThat(PairedTests.pairedT(new double[0], new double[0]).note()).isEqualTo("n < 2: not testable");
    }

    @Test
    @DisplayName("constant differences (including all pairs equal): not testable, as R's 'data are essentially constant'")
    void constantDifferences() {
        TestResult equal = PairedTests.pairedT(new double[] {90, 91, 92}, new double[] {90, 91, 92});
        TestResult shifted = PairedTests.pairedT(new double[] {91, 92, 93}, new double[] {90, 91, 92});
        assertThat(equal.pValue()).isNaN();
        assertThat(equal.note()).isEqualTo("all differences are equal (sd 0): not testable");
        assertThat(shifted.pValue()).isNaN();
        assertThat(shifted.n()).isEqualTo(3);
    }

    @Test
    @DisplayName("samples of different lengths or with NaN are a caller's bug")
    void malformedInput() {
        assertThatThrownBy(() -> PairedTests.pairedT(new double[] {1, 2}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length");
        assertThatThrownBy(() -> PairedTests.pairedT(new double[] {1, Double.NaN}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    }
}
