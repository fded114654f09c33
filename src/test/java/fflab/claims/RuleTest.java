package fflab.claims;

import static org.assertj.core.api.Assertions.assertThat;

import fflab.stats.Interval;
import org.junit.jupiter.api.Test;

class RuleTest {

    @Test
    void closeToAcceptsTheIntervalOrTheTolerance() {
        assertThat(Rule.CLOSE_TO.judge(98.0, new Interval(97.5, 98.5), 98.4, 0.1)).isEqualTo(Verdict.REPRODUCED);
        assertThat(Rule.CLOSE_TO.judge(98.0, new Interval(97.9, 98.1), 98.4, 0.5)).isEqualTo(Verdict.REPRODUCED);
        assertThat(Rule.CLOSE_TO.judge(98.0, new Interval(97.9, 98.1), 99.16, 0.5))
                .isEqualTo(Verdict.NOT_REPRODUCED);
    }

    @Test
    void aboveAndWithinNeedTheWholeInterval() {
        assertThat(Rule.ABOVE.judge(0.9, new Interval(0.75, 1.0), null, 0.7)).isEqualTo(Verdict.REPRODUCED);
        assertThat(Rule.ABOVE.judge(0.9, new Interval(0.6, 1.0), null, 0.7)).isEqualTo(Verdict.NOT_REPRODUCED);
        assertThat(Rule.WITHIN.judge(-0.5, new Interval(-1.5, 0.5), null, 2)).isEqualTo(Verdict.REPRODUCED);
        assertThat(Rule.WITHIN.judge(-1.5, new Interval(-2.5, -0.5), null, 2)).isEqualTo(Verdict.NOT_REPRODUCED);
    }

    @Test
    void theShippedClaimsFileReadsAndNamesItsIdsOnce() {
        ClaimsFile file = ClaimsFile.read(java.nio.file.Path.of("experiments", "claims", "claims.yaml"));
        assertThat(file.claims()).extracting(Claim::id).doesNotHaveDuplicates();
        assertThat(file.claims()).extracting(Claim::paper).containsOnly("bakhshi2024", "adamson2025",
                "scodellaro2023");
        assertThat(file.claims()).extracting(Claim::experiment).containsOnly("paper-mnist", "paper-fashion",
                "training-dynamics", "ff-cnn");
    }
}
