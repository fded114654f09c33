package fflab.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Learning-curve lag")
class LagTest {
    private static final int[] EPOCHS = {1, 2, 3, 4, 5, 6};
    private static final double[] SHALLOW = {60, 85, 90, 91, 92, 92};
    private static final double[] DEEP = {10, 40, 70, 85, 90, 90};

    @Test
    @DisplayName("first epoch at which the curve reaches a fraction of its final value")
    void firstEpoch() {
        // 0.9 * 90 = 81: 85 at epoch 4; 0.5 * 90 = 45: 70 at epoch 3; 1.0: 90 first at epoch 5
        assertThat(Lag.epochToFraction(EPOCHS, DEEP, 0.9)).isEqualTo(4);
        assertThat(Lag.epochToFraction(EPOCHS, DEEP, 0.5)).isEqualTo(3);
        assertThat(Lag.epochToFraction(EPOCHS, DEEP, 1.0)).isEqualTo(5);
    }

    @Test
    @DisplayName("a deeper layer that learns later lags the shallow one")
    void deeperLags() {
        // 0.9 * 92 = 82.8: 85 at epoch 2
        assertThat(Lag.epochToFraction(EPOCHS, SHALLOW, 0.9)).isEqualTo(2);
        assertThat(Lag.epochToFraction(EPOCHS, DEEP, 0.9)).isGreaterThan(Lag.epochToFraction(EPOCHS, SHALLOW, 0.9));
    }

    @Test
    @DisplayName("reports epoch numbers, not positions")
    void epochNumbers() {
        assertThat(Lag.epochToFraction(new int[] {0, 5, 10, 20}, new double[] {0.1, 0.5, 0.8, 0.9}, 0.85)).isEqualTo(10);
    }

    @Test
    @DisplayName("-1 when never reached, for an empty curve or a NaN final value")
    void never() {
        assertThat(Lag.epochToFraction(EPOCHS, DEEP, 1.1)).isEqualTo(-1);
        assertThat(Lag.epochToFraction(new int[0], new double[0], 0.9)).isEqualTo(-1);
        assertThat(Lag.epochToFraction(new int[] {1, 2}, new double[] {0.5, Double.NaN}, 0.9)).isEqualTo(-1);
    }

    @Test
    @DisplayName("an unmeasured (NaN) epoch is skipped")
    void nanEpoch() {
        assertThat(Lag.epochToFraction(new int[] {1, 2, 3}, new double[] {Double.NaN, 0.95, 1.0}, 0.9)).isEqualTo(2);
    }

    @Test
    @DisplayName("unordered epochs, mismatched lengths and a non-positive fraction are rejected")
    void malformed() {
        assertThatThrownBy(() -> Lag.epochToFraction(new int[] {1, 3, 2}, new double[] {1, 2, 3}, 0.9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strictly increasing");
        assertThatThrownBy(() -> Lag.epochToFraction(new int[] {1, 2}, new double[] {1}, 0.9))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Lag.epochToFraction(EPOCHS, DEEP, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fraction");
    }
}
