package fflab.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("McNemar's test on paired correctness")
class McNemarTest {
    /*
     * Agresti (1990, p. 350; R's ?mcnemar.test example): presidential approval of 1600 people in two
     * surveys, 794 approve both times, 150 approve then disapprove, 86 disapprove then approve, 570
     * disapprove both times. R: mcnemar.test(matrix(c(794, 86, 150, 570), 2)) with its default
     * continuity correction gives (|150 - 86| - 1)^2 / 236 = 3969 / 236 = 16.818, p = 4.115e-05
     * (scipy.stats.chi2.sf(3969 / 236, 1) -> 4.114562281345944e-05). The 17.356 (p = 3.099e-05) often
     * quoted for this example is the statistic without the correction, 64^2 / 236.
     */
    @Test
    @DisplayName("Agresti's approval data from counts: continuity-corrected chi-square matches R's mcnemar.test")
    void agrestiFromCounts() {
        TestResult r = PairedTests.mcNemar(150, 86);
        assertThat(r.test()).isEqualTo("McNemar chi-square (continuity corrected)");
        assertThat(r.statistic()).isCloseTo(16.81779661016949, within(1e-12));
        assertThat(r.pValue()).isCloseTo(4.114562281345944e-05, within(1e-12));
        assertThat(r.n()).isEqualTo(236);
        assertThat(r.note()).isEqualTo("b = 150 (only A correct), c = 86 (only B correct); df = 1");
    }

    @Test
    @DisplayName("the same data as per-item correctness arrays gives the same result and the item count")
    void agrestiFromItems() {
        boolean[] a = new boolean[1600];
        boolean[] b = new boolean[1600];
        int i = 0;
        for (int k = 0; k < 794; k++, i++) {
            a[i] = true;
            b[i] = true;
        }
        for (int k = 0; k < 150; k++, i++) {
            a[i] = true;
        }
        for (int k = 0; k < 86; k++, i++) {
            b[i] = true;
        }
        TestResult r = PairedTests.mcNemar(a, b);
        assertThat(r.statistic()).isCloseTo(16.81779661016949, within(1e-12));
        assertThat(r.pValue()).isCloseTo(4.114562281345944e-05, within(1e-12));
        assertThat(r.note()).isEqualTo("b = 150 (only A correct), c = 86 (only B correct) of 1600 items; df = 1");
    }

    @Test
    @DisplayName("effect is the odds ratio b / c")
    void oddsRatio() {
        assertThat(PairedTests.mcNemar(150, 86).effect()).isCloseTo(150.0 / 86, within(1e-12));
        assertThat(PairedTests.mcNemar(150, 86).effectName()).isEqualTo("odds ratio b/c");
    }

    @Test
    @DisplayName("fewer than 25 discordant pairs: exact binomial p matches R's binom.test")
    void exactBinomial() {
        TestResult r = PairedTests.mcNemar(3, 12);
        // R: binom.test(3, 15) -> p-value = 0.03516; scipy.stats.binomtest(3, 15, 0.5).pvalue -> 0.03515625
        assertThat(r.test()).isEqualTo("McNemar exact (binomial)");
        assertThat(r.statistic()).isEqualTo(3.0);
        assertThat(r.pValue()).isCloseTo(0.03515625, within(1e-12));
        assertThat(r.effect()).isCloseTo(0.25, within(1e-12));
        assertThat(PairedTests.mcNemar(12, 3).pValue()).isCloseTo(0.03515625, within(1e-12));
    }

    @Test
    @DisplayName("b = c gives p = 1 in both regimes")
    void balanced() {
        // scipy.stats.binomtest(12, 24, 0.5).pvalue -> 1.0; R's mcnemar.test gives statistic 0, p 1 when b = c
        assertThat(PairedTests.mcNemar(12, 12).pValue()).isEqualTo(1.0);
        TestResult large = PairedTests.mcNemar(40, 40);
        assertThat(large.statistic()).isZero();
        assertThat(large.pValue()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    @DisplayName("a zero count uses Haldane's correction for the odds ratio")
    void haldane() {
        TestResult r = PairedTests.mcNemar(0, 5);
        // scipy.stats.binomtest(0, 5, 0.5).pvalue -> 0.0625
        assertThat(r.pValue()).isCloseTo(0.0625, within(1e-12));
        assertThat(r.effect()).isCloseTo(0.5 / 5.5, within(1e-12));
    }

    @Test
    @DisplayName("exactly 25 discordant pairs switches to the chi-square")
    void boundary() {
        TestResult r = PairedTests.mcNemar(20, 5);
        // (|20 - 5| - 1)^2 / 25 = 7.84; scipy.stats.chi2.sf(7.84, 1) -> 0.005110260660855866
        assertThat(r.test()).isEqualTo("McNemar chi-square (continuity corrected)");
        assertThat(r.statistic()).isCloseTo(7.84, within(1e-12));
        assertThat(r.pValue()).isCloseTo(0.005110260660855866, within(1e-12));
        assertThat(PairedTests.mcNemar(19, 5).test()).isEqualTo("McNemar exact (binomial)");
    }

    @Test
    @DisplayName("no discordant pairs (the classifiers agree on every item): NaN p with a note, as R gives NaN")
    void noDiscordantPairs() {
        TestResult r = PairedTests.mcNemar(new boolean[] {true, false, true}, new boolean[] {true, false, true});
        assertThat(r.pValue()).isNaN();
        assertThat(r.n()).isZero();
        assertThat(r.note()).isEqualTo(
                "b = 0 (only A correct), c = 0 (only B correct) of 3 items; no discordant pairs: not testable");
    }

    @Test
    @DisplayName("negative counts and arrays of different lengths are rejected")
    void malformedInput() {
        assertThatThrownBy(() -> PairedTests.mcNemar(-1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PairedTests.mcNemar(new boolean[2], new boolean[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length");
    }

    @Test
    void exactMcNemarMatchesTheBinomialByHand() {
        assertThat(McNemar.exactPValue(0, 0)).isEqualTo(1.0);
        assertThat(McNemar.exactPValue(10, 0)).isCloseTo(2 * Math.pow(0.5, 10), within(1e-15));
        assertThat(McNemar.exactPValue(0, 10)).isCloseTo(2 * Math.pow(0.5, 10), within(1e-15));
        assertThat(McNemar.exactPValue(5, 5)).isEqualTo(1.0);
        // 3 vs 1: 2 * P(X <= 1), X ~ Bin(4, 1/2) = 2 * 5/16
        assertThat(McNemar.exactPValue(3, 1)).isCloseTo(0.625, within(1e-12));
    }

    @Test
    void exactMcNemarAgreesWithTheChiSquaredApproximationForLargeCounts() {
        int b = 260;
        int c = 200;
        double chi2 = Math.pow(Math.abs(b - c) - 1, 2) / (b + c); // with continuity correction
        double approx = 1 - new ChiSquaredDistribution(1).cumulativeProbability(chi2);
        assertThat(McNemar.exactPValue(b, c)).isCloseTo(approx, within(0.003));
    }
}
