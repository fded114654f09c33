package fflab.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Correction names")
class CorrectionTest {
    @Test
    @DisplayName("parses none, holm and bh, ignoring case and surrounding blanks")
    void parses() {
        assertThat(Correction.parse("none")).isEqualTo(Correction.NONE);
        assertThat(Correction.parse("Holm")).isEqualTo(Correction.HOLM);
        assertThat(Correction.parse(" BH ")).isEqualTo(Correction.BENJAMINI_HOCHBERG);
    }

    @Test
    @DisplayName("an unknown name lists the allowed values")
    void unknown() {
        assertThatThrownBy(() -> Correction.parse("bonferroni")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown multiple-comparison correction 'bonferroni'; allowed values: none, holm, bh");
        assertThatThrownBy(() -> Correction.parse(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("allowed values: none, holm, bh");
    }

    @Test
    @DisplayName("labels for report sentences")
    void labels() {
        assertThat(Correction.HOLM.label()).isEqualTo("Holm");
        assertThat(Correction.BENJAMINI_HOCHBERG.label()).isEqualTo("Benjamini-Hochberg");
    }
}
