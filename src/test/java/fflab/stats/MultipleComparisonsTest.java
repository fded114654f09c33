package fflab.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Multiple comparisons: Holm and Benjamini-Hochberg")
class MultipleComparisonsTest {
    private static final Offset<Double> EXACT = within(1e-12);
    /** Five testable p-values and one comparison that could not run. */
    private static final double[] P = {0.01, 0.04, 0.03, 0.005, Double.NaN, 0.20};

    @Test
    @DisplayName("Holm, by hand as R's p.adjust(method = 'holm') defines it, NaN left out of m")
    void holm() {
        // m = 5; sorted: 0.005 * 5 = 0.025, 0.01 * 4 = 0.04, 0.03 * 3 = 0.09, 0.04 * 2 = 0.08 -> running max 0.09,
        // 0.20 * 1 = 0.20. R: p.adjust(c(0.01, 0.04, 0.03, 0.005, NA, 0.2), "holm") gives the same.
        double[] adjusted = MultipleComparisons.adjust(P, Correction.HOLM);
        assertThat(adjusted[0]).isCloseTo(0.04, EXACT);
        assertThat(adjusted[1]).isCloseTo(0.09, EXACT);
        assertThat(adjusted[2]).isCloseTo(0.09, EXACT);
        assertThat(adjusted[3]).isCloseTo(0.025, EXACT);
        assertThat(adjusted[4]).isNaN();
        assertThat(adjusted[5]).isCloseTo(0.20, EXACT);
    }

    @Test
    @DisplayName("Benjamini-Hochberg matches scipy.stats.false_discovery_control")
    void benjaminiHochberg() {
        // scipy.stats.false_discovery_control([0.01, 0.04, 0.03, 0.005, 0.20]) -> [0.025, 0.05, 0.05, 0.025, 0.2]
        // by hand: sorted p * 5 / rank = 0.025, 0.025, 0.05, 0.05, 0.2, then running minimum from the top
        double[] adjusted = MultipleComparisons.adjust(P, Correction.BENJAMINI_HOCHBERG);
        assertThat(adjusted[0]).isCloseTo(0.025, EXACT);
        assertThat(adjusted[1]).isCloseTo(0.05, EXACT);
        assertThat(adjusted[2]).isCloseTo(0.05, EXACT);
        assertThat(adjusted[3]).isCloseTo(0.025, EXACT);
        assertThat(adjusted[4]).isNaN();
        assertThat(adjusted[5]).isCloseTo(0.2, EXACT);
    }

    @Test
    @DisplayName("adjusted p-values are capped at 1 and tied p-values stay tied")
    void capAndTies() {
        assertThat(MultipleComparisons.adjust(new double[] {0.6, 0.7}, Correction.HOLM)).containsExactly(1.0, 1.0);
        // 0.01 * 3 = 0.03, 0.01 * 2 = 0.02 -> 0.03, 0.5 * 1 = 0.5
        assertThat(MultipleComparisons.adjust(new double[] {0.01, 0.01, 0.5}, Correction.HOLM))
                .containsExactly(new double[] {0.03, 0.03, 0.5}, EXACT);
        assertThat(MultipleComparisons.adjust(new double[] {0.9, 0.95, 0.99}, Correction.BENJAMINI_HOCHBERG))
                .containsExactly(new double[] {0.99, 0.99, 0.99}, EXACT);
    }

    @Test
    @DisplayName("adjusted p-values keep the order of the raw ones and are never smaller")
    void monotone() {
        double[] raw = {0.001, 0.2, 0.013, 0.04, 0.0004, 0.3, 0.04, 0.7, 0.011};
        for (Correction c : Correction.values()) {
            double[] adjusted = MultipleComparisons.adjust(raw, c);
            for (int i = 0; i < raw.length; i++) {
                assertThat(adjusted[i]).isGreaterThanOrEqualTo(raw[i]).isLessThanOrEqualTo(1.0);
                for (int j = 0; j < raw.length; j++) {
                    if (raw[i] < raw[j]) {
                        assertThat(adjusted[i]).as("%s: p[%d] < p[%d]", c, i, j).isLessThanOrEqualTo(adjusted[j]);
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("none returns a copy of the p-values")
    void none() {
        double[] adjusted = MultipleComparisons.adjust(P, Correction.NONE);
        assertThat(adjusted).isNotSameAs(P).containsExactly(P);
    }

    @Test
    @DisplayName("significance: adjusted p <= alpha, NaN never significant")
    void significant() {
        assertThat(MultipleComparisons.significant(P, Correction.HOLM, 0.05))
                .containsExactly(true, false, false, true, false, false);
        assertThat(MultipleComparisons.significant(P, Correction.BENJAMINI_HOCHBERG, 0.05))
                .containsExactly(true, true, true, true, false, false);
        assertThat(MultipleComparisons.significant(P, Correction.NONE, 0.01))
                .containsExactly(true, false, false, true, false, false);
    }

    @Test
    @DisplayName("empty input, and p-values outside [0, 1] rejected")
    void edges() {
        assertThat(MultipleComparisons.adjust(new double[0], Correction.HOLM)).isEmpty();
        assertThat(MultipleComparisons.adjust(new double[] {Double.NaN}, Correction.BENJAMINI_HOCHBERG)[0]).isNaN();
        assertThatThrownBy(() -> MultipleComparisons.adjust(new double[] {0.2, 1.2}, Correction.HOLM))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> MultipleComparisons.significant(P, Correction.HOLM, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alpha");
    }
}
