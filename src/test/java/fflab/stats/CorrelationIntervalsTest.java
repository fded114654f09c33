package fflab.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CorrelationIntervalsTest {

    @Test
    void pearsonByFisherZ() {
        // r = 0.5, n = 30: z = 0.5493, se = 1/sqrt(27), z -/+ 1.96 se -> tanh: [0.170, 0.729] (textbook example)
        Interval ci = CorrelationIntervals.of(new Correlation("Pearson", 0.5, 0.005, 30), 0.95);
        assertThat(ci.lower()).isCloseTo(0.1703, within(5e-4));
        assertThat(ci.upper()).isCloseTo(0.7290, within(5e-4));
    }

    @Test
    void spearmanIsWiderByTheBonettWrightError() {
        Interval pearson = CorrelationIntervals.of(new Correlation("Pearson", 0.6, 0.01, 20), 0.95);
        Interval spearman = CorrelationIntervals.of(new Correlation("Spearman", 0.6, 0.01, 20), 0.95);
        assertThat(spearman.lower()).isLessThan(pearson.lower());
        assertThat(spearman.upper()).isGreaterThan(pearson.upper());
        assertThat(spearman.contains(0.6)).isTrue();
    }

    @Test
    void undefinedForTooFewPointsOrNoCoefficient() {
        assertThat(CorrelationIntervals.of(new Correlation("Pearson", 0.9, 0.1, 3), 0.95).isDefined()).isFalse();
        assertThat(CorrelationIntervals.of(new Correlation("Pearson", Double.NaN, Double.NaN, 10), 0.95).isDefined())
                .isFalse();
        assertThat(CorrelationIntervals.of(new Correlation("Pearson", 1.0, 0.0, 10), 0.95))
                .isEqualTo(new Interval(1.0, 1.0));
    }
}
