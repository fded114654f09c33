package fflab.saliency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

class SignificanceTest {

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

    @Test
    void holmAndBenjaminiHochbergMatchRsPAdjust() {
        double[] p = {0.01, 0.04, 0.03, 0.02, 0.05, 0.5};
        // R: p.adjust(c(0.01, 0.04, 0.03, 0.02, 0.05, 0.5), "holm") and "BH"
        assertThat(MultipleTesting.holm(p)).containsExactly(new double[] {0.06, 0.12, 0.12, 0.10, 0.12, 0.5},
                within(1e-12));
        assertThat(MultipleTesting.benjaminiHochberg(p)).containsExactly(
                new double[] {0.06, 0.06, 0.06, 0.06, 0.06, 0.5}, within(1e-12));
    }
}
