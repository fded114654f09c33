package fflab.option;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A config record's options read from its {@link Opt}s, and the run id rule for options added later. */
class DeclarationTest {
    enum Mode { PLAIN, FANCY_ONE }

    record Config(
            @Opt(name = "widths", min = 1, doc = "widths") List<Integer> widths,
            @Opt(name = "rate", min = 0, minExclusive = true, doc = "rate") double rate,
            @Opt(name = "mode", doc = "mode") Mode mode,
            // added after runs were released: 0 is what fflab did before
            @Opt(name = "later", doc = "an option added later", sinceDefault = "0") int later) {}

    private static final Declaration<Config> DECLARATION = Declaration.of(new Config(List.of(5), 0.5, Mode.FANCY_ONE, 3));

    @Test
    @DisplayName("values are normalised as specs read them and convert back to the record")
    void roundTrip() {
        Config c = new Config(List.of(2, 3), 0.1, Mode.FANCY_ONE, 7);
        Map<String, Object> values = DECLARATION.values(c);
        assertThat(values).containsEntry("widths", List.of(2L, 3L)).containsEntry("mode", "fancy-one")
                .containsEntry("later", 7L);
        assertThat(DECLARATION.config(values)).isEqualTo(c);
        assertThat(DECLARATION.option("rate").defaultValue()).isEqualTo(0.5);
        assertThat(DECLARATION.provenance(c)).containsEntry("mode", "FANCY_ONE").containsEntry("widths", "[2, 3]");
    }

    @Test
    @DisplayName("an option added later is left out of the hashed config at its since-default, and kept otherwise")
    void laterOptionKeepsOldIds() {
        Config old = new Config(List.of(5), 0.5, Mode.PLAIN, 0);
        Map<String, Object> canonical = DECLARATION.canonical(DECLARATION.values(old));
        assertThat(canonical).doesNotContainKey("later");
        assertThat(DECLARATION.config(canonical)).isEqualTo(old); // absent means the old behaviour
        assertThat(DECLARATION.canonical(DECLARATION.values(new Config(List.of(5), 0.5, Mode.PLAIN, 3))))
                .containsEntry("later", 3L);
    }
}
