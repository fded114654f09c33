package fflab.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Summaries: mean, sd, t and bootstrap intervals")
class SummariesTest {
    /** R's sleep data set (Student 1908), extra hours of sleep with drug 1, patients 1..10. */
    static final double[] SLEEP_DRUG_1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};

    @Test
    @DisplayName("t interval of the sleep data matches R's t.test")
    void tIntervalMatchesR() {
        Summary s = Summaries.summarise(SLEEP_DRUG_1, 1);
        // R: t.test(sleep$extra[1:10]) -> mean of x 0.75, 95 percent CI -0.5297804 2.0297804;
        // scipy.stats.t.interval(0.95, 9, loc=0.75, scale=scipy.stats.sem(x)) -> (-0.5297804135262318, 2.0297804135262316)
        assertThat(s.n()).isEqualTo(10);
        assertThat(s.mean()).isCloseTo(0.75, within(1e-12));
        // R: sd(sleep$extra[1:10]) -> 1.78901; numpy.std(x, ddof=1) -> 1.7890096577591623
        assertThat(s.sd()).isCloseTo(1.7890096577591623, within(1e-12));
        assertThat(s.tInterval95().lower()).isCloseTo(-0.5297804135262318, within(1e-9));
        assertThat(s.tInterval95().upper()).isCloseTo(2.0297804135262316, within(1e-9));
    }

    @Test
    @DisplayName("a 90 % t interval uses the 0.95 quantile of t with n - 1 df")
    void otherConfidence() {
        Summary s = Summaries.summarise(SLEEP_DRUG_1, 1, 1_000, 0.90);
        // scipy.stats.t.interval(0.90, 9, loc=0.75, scale=scipy.stats.sem(x)) -> (-0.2870552787292595, 1.7870552787292593)
        assertThat(s.tInterval95().lower()).isCloseTo(-0.2870552787292595, within(1e-9));
        assertThat(s.tInterval95().upper()).isCloseTo(1.7870552787292593, within(1e-9));
        assertThat(s.bootstrapInterval95().width()).isLessThan(Summaries.summarise(SLEEP_DRUG_1, 1, 1_000, 0.99)
                .bootstrapInterval95().width());
    }

    @Test
    @DisplayName("one value: the mean, NaN sd and undefined intervals, no exception")
    void oneValue() {
        Summary s = Summaries.summarise(new double[] {97.5}, 3);
        assertThat(s.n()).isEqualTo(1);
        assertThat(s.mean()).isEqualTo(97.5);
        assertThat(s.sd()).isNaN();
        assertThat(s.tInterval95()).isEqualTo(Interval.UNDEFINED);
        assertThat(s.bootstrapInterval95().isDefined()).isFalse();
    }

    @Test
    @DisplayName("no values: everything NaN")
    void noValues() {
        Summary s = Summaries.summarise(new double[0], 3);
        assertThat(s.n()).isZero();
        assertThat(s.mean()).isNaN();
        assertThat(s.tInterval95().isDefined()).isFalse();
    }

    @Test
    @DisplayName("all-equal values: sd 0 and both intervals collapse onto the mean")
    void allEqual() {
        Summary s = Summaries.summarise(new double[] {91.2, 91.2, 91.2, 91.2}, 3);
        assertThat(s.sd()).isZero();
        assertThat(s.tInterval95()).isEqualTo(new Interval(91.2, 91.2));
        assertThat(s.bootstrapInterval95().lower()).isCloseTo(91.2, within(1e-12));
        assertThat(s.bootstrapInterval95().upper()).isCloseTo(91.2, within(1e-12));
    }

    @Test
    @DisplayName("bootstrap of {0, 1}: resample means are 0, 1/2, 1 with chances 1/4, 1/2, 1/4, so the 95 % interval is [0, 1]")
    void bootstrapOfTwoValuesHasAKnownDistribution() {
        // With 10,000 resamples about 2,500 means are exactly 0 and 2,500 exactly 1, far more than the 250 in each tail.
        Interval boot = Summaries.summarise(new double[] {0, 1}, 11).bootstrapInterval95();
        assertThat(boot).isEqualTo(new Interval(0, 1));
    }

    @Test
    @DisplayName("bootstrap interval is deterministic for a seed and changes with the seed")
    void bootstrapIsSeeded() {
        double[] values = normalSample(30, 5);
        Interval a = Summaries.summarise(values, 42).bootstrapInterval95();
        Interval b = Summaries.summarise(values, 42).bootstrapInterval95();
        Interval c = Summaries.summarise(values, 43).bootstrapInterval95();
        assertThat(b).isEqualTo(a);
        assertThat(c).isNotEqualTo(a);
        // different seeds still agree closely: Monte Carlo error only
        assertThat(c.lower()).isCloseTo(a.lower(), within(0.05 * a.width()));
    }

    @Test
    @DisplayName("bootstrap interval contains the mean and narrows like 1/sqrt(n)")
    void bootstrapContainsMeanAndShrinks() {
        Summary small = Summaries.summarise(normalSample(25, 1), 7);
        Summary large = Summaries.summarise(normalSample(400, 2), 7);
        assertThat(small.bootstrapInterval95().contains(small.mean())).isTrue();
        assertThat(large.bootstrapInterval95().contains(large.mean())).isTrue();
        // sqrt(400 / 25) = 4: the width should fall by about 4
        double ratio = small.bootstrapInterval95().width() / large.bootstrapInterval95().width();
        assertThat(ratio).isBetween(3.0, 5.5);
    }

    @Test
    @DisplayName("for a normal sample the bootstrap interval is close to the t interval")
    void bootstrapIsCloseToTIntervalForNormalData() {
        Summary s = Summaries.summarise(normalSample(200, 9), 21);
        double width = s.tInterval95().width();
        // the percentile bootstrap is a little narrower (plug-in sd, normal rather than t quantiles): loose tolerance
        assertThat(s.bootstrapInterval95().lower()).isCloseTo(s.tInterval95().lower(), within(0.1 * width));
        assertThat(s.bootstrapInterval95().upper()).isCloseTo(s.tInterval95().upper(), within(0.1 * width));
    }

    @Test
    @DisplayName("bad arguments are rejected with a clear message")
    void badArguments() {
        assertThatThrownBy(() -> Summaries.summarise(new double[] {1, Double.NaN}, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
        assertThatThrownBy(() -> Summaries.summarise(SLEEP_DRUG_1, 1, 100, 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("confidence");
        assertThatThrownBy(() -> Summaries.summarise(SLEEP_DRUG_1, 1, 0, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resamples");
    }

    /** Accuracy-like values, mean 95 and sd 1; java.util.Random's sequence is fixed by its specification. */
    static double[] normalSample(int n, long seed) {
        Random random = new Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 95 + random.nextGaussian();
        }
        return x;
    }
}
