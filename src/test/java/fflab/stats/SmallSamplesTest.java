package fflab.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The small-sample rules, against scipy 1.17.1 where a number is computed. */
@DisplayName("Small-sample rules: minimum n and the smallest reachable p")
class SmallSamplesTest {
    @Test
    @DisplayName("Wilcoxon needs 6 pairs to reach 0.05: with 5 its exact p is at least 0.0625 (scipy wilcoxon)")
    void signedRank() {
        assertThat(SmallSamples.minSignedRank(0.05)).isEqualTo(6);
        assertThat(SmallSamples.minSignedRank(0.01)).isEqualTo(8);
        assertThat(SmallSamples.smallestPSignedRank(5)).isEqualTo(0.0625);
        assertThat(SmallSamples.smallestPSignedRank(2)).isEqualTo(0.5);
        // the most extreme 5 pairs give exactly the floor
        TestResult r = PairedTests.wilcoxonSignedRank(new double[] {2, 3, 4, 5, 6}, new double[] {1, 1, 1, 1, 1});
        assertThat(r.pValue()).isEqualTo(SmallSamples.smallestPSignedRank(5));
    }

    @Test
    @DisplayName("below its minimum a paired t with d_z = -94 becomes 'not testable (n = 2)'")
    void require() {
        TestResult t = PairedTests.pairedT(new double[] {10.0, 11.0}, new double[] {50.0, 51.02});
        assertThat(t.isTestable()).isTrue();
        TestResult gated = SmallSamples.require(t, 2, SmallSamples.MIN_PAIRED_T, "pairs");
        assertThat(gated.isTestable()).isFalse();
        assertThat(gated.note()).isEqualTo("not testable (n = 2): paired t needs at least 3 pairs");
        assertThat(SmallSamples.require(t, 3, SmallSamples.MIN_PAIRED_T, "pairs")).isSameAs(t);
    }

    @Test
    @DisplayName("McNemar's floor: exact 2/2^m below 25 discordant images, chi-square of m to 0 beyond")
    void mcNemar() {
        assertThat(SmallSamples.smallestPMcNemar(4)).isEqualTo(0.125);
        assertThat(PairedTests.mcNemar(4, 0).pValue()).isEqualTo(SmallSamples.smallestPMcNemar(4));
        assertThat(SmallSamples.smallestPMcNemar(42)).isCloseTo(2.508860953006117e-10, within(1e-15));
    }

    @Test
    @DisplayName("Kruskal-Wallis floor is the p of non-overlapping groups (scipy kruskal)")
    void kruskalWallis() {
        assertThat(SmallSamples.smallestPKruskalWallis(new int[] {3, 2})).isCloseTo(0.08326451666355042,
                within(1e-12));
        assertThat(SmallSamples.smallestPKruskalWallis(new int[] {5, 5})).isCloseTo(0.009023438818080334,
                within(1e-12));
    }
}
