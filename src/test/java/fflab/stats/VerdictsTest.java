package fflab.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Plain-language verdicts")
class VerdictsTest {
    @Test
    @DisplayName("a significant difference after Holm")
    void significant() {
        assertThat(Verdicts.compare("FF", "BP", 92.30, 97.40, 0.0031, 0.05, "Holm"))
                .isEqualTo("FF is lower than BP by 5.10 points (p = 0.0031 after Holm): significant at 5 %.");
    }

    @Test
    @DisplayName("not significant, higher, with a correction's label")
    void notSignificant() {
        assertThat(Verdicts.compare("FF", "BP", 98.12, 97.95, 0.2468, 0.05, Correction.BENJAMINI_HOCHBERG.label()))
                .isEqualTo("FF is higher than BP by 0.17 points (p = 0.2468 after Benjamini-Hochberg): "
                        + "not significant at 5 %.");
    }

    @Test
    @DisplayName("uncorrected p-values, tiny p and another alpha")
    void uncorrected() {
        assertThat(Verdicts.compare("layer 1", "layer 3", 90, 80, 0.00001, 0.01, "none"))
                .isEqualTo("layer 1 is higher than layer 3 by 10.00 points (p < 0.0001): significant at 1 %.");
        assertThat(Verdicts.compare("A", "B", 1, 2, 0.001, 0.001, null))
                .isEqualTo("A is lower than B by 1.00 points (p = 0.0010): significant at 0.1 %.");
    }

    @Test
    @DisplayName("a NaN p-value is reported as not testable")
    void notTestable() {
        assertThat(Verdicts.compare("FF", "BP", 92.30, 97.40, Double.NaN, 0.05, "Holm"))
                .isEqualTo("FF is lower than BP by 5.10 points; not testable: no p-value.");
        assertThat(Verdicts.compare("FF", "BP", Double.NaN, 97.40, 0.01, 0.05, "Holm"))
                .isEqualTo("FF vs BP: not testable: a mean is missing.");
    }

    @Test
    @DisplayName("equal and nearly equal means")
    void equalMeans() {
        assertThat(Verdicts.compare("FF", "BP", 97.0, 97.0, 1.0, 0.05, "Holm"))
                .isEqualTo("FF and BP have the same mean (p = 1.0000 after Holm): not significant at 5 %.");
        assertThat(Verdicts.compare("FF", "BP", 97.001, 97.0, 0.9, 0.05, "none"))
                .isEqualTo("FF is higher than BP by less than 0.01 points (p = 0.9000): not significant at 5 %.");
    }
}
