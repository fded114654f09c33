package fflab.claims;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fflab.FflabException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsFileTest {
    @TempDir
    Path dir;

    @Test
    void badFieldsAreNamedWithTheirFileAndAllowedValues() throws Exception {
        Path file = dir.resolve("claims.yaml");
        Files.writeString(file, """
                papers: {p1: {cite: "A paper"}}
                claims:
                  - {id: c1, paper: p1, claim: x, paper_text: y, source: z, experiment: e, measure: accuracy,
                     model: ff-mlp, rule: nearly, threshold: 1, judged_at: any, unit: "%"}
                """);
        assertThatThrownBy(() -> ClaimsFile.read(file)).isInstanceOf(FflabException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("claims[0].rule")
                .hasMessageContaining("close-to, above, within");
        Files.writeString(file, """
                papers: {p1: {cite: "A paper"}}
                claims:
                  - {id: c1, paper: p2, claim: x, paper_text: y, source: z, experiment: e, measure: accuracy,
                     model: ff-mlp, rule: above, threshold: 1, judged_at: any, unit: "%"}
                """);
        assertThatThrownBy(() -> ClaimsFile.read(file)).hasMessageContaining("claims[0].paper")
                .hasMessageContaining("[p1]");
        Files.writeString(file, """
                papers: {p1: {cite: "A paper"}}
                claims:
                  - {id: c1, paper: p1, claim: x, paper_text: y, source: z, experiment: e, measure: accuracy-gap,
                     model: ff-mlp, rule: above, threshold: 1, judged_at: any, unit: "%"}
                """);
        assertThatThrownBy(() -> ClaimsFile.read(file)).hasMessageContaining("claims[0].versus")
                .hasMessageContaining("needs versus");
    }
}
