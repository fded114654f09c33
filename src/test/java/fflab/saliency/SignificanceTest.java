package fflab.saliency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SignificanceTest {

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
