package fflab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fflab.experiment.regression.RegressionCheck;
import fflab.experiment.regression.RegressionReference;
import fflab.io.Csv;
import fflab.io.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Floors from recorded runs, and the check against them, on hand-made runs.csv tables. */
class RegressionCheckTest {
    private static final List<Long> CI_SEEDS = List.of(1L, 2L, 3L);
    /** FF accuracy per seed 1..6: mean of seeds 1-3 is 0.90, sd over all six is 0.01. */
    private static final double[] FF = {0.89, 0.90, 0.91, 0.90, 0.89, 0.91};

    @TempDir
    Path dir;

    private Path table(String name, double ffShift, boolean dropLastBp) {
        List<String> header = List.of("run_id", "status", "model", "dataset", "seed", "test_accuracy", "test_macro_f1");
        List<List<?>> rows = new ArrayList<>();
        for (int s = 1; s <= 6; s++) {
            rows.add(List.of("ff" + s, "done", "ff-mlp", "mnist", s, FF[s - 1] + ffShift, FF[s - 1] + ffShift - 0.01));
            boolean dropped = dropLastBp && s == 3;
            rows.add(List.of("bp" + s, dropped ? "failed" : "done", "bp-mlp", "mnist", s, dropped ? "" : 0.97,
                    dropped ? "" : 0.96));
        }
        Path file = dir.resolve(name);
        Csv.write(file, header, rows);
        return file;
    }

    private record Outcome(boolean pass, String table) {}

    private Outcome check(Path runs, RegressionReference ref) {
        StringWriter out = new StringWriter();
        boolean pass = RegressionCheck.check(runs, ref, new PrintWriter(out));
        return new Outcome(pass, out.toString());
    }

    @Test
    void floorsAreTheCiMeanMinusFourSigmasOfTheDifferenceOfTwoMeans() {
        RegressionReference ref = RegressionCheck.derive(table("rec.csv", 0, false), "spec.yaml", CI_SEEDS, 4, 0.005);
        RegressionReference.Floor ff = ref.floors().get(0);
        assertThat(ff.group()).isEqualTo("ff-mlp/mnist");
        assertThat(ff.metric()).isEqualTo("test_accuracy");
        assertThat(ff.referenceMean()).isCloseTo(0.90, within(1e-12));
        assertThat(ff.seedSd()).isCloseTo(Math.sqrt(0.0004 / 5), within(1e-12));
        assertThat(ff.margin()).isCloseTo(4 * Math.sqrt(0.0004 / 5) * Math.sqrt(2.0 / 3), within(1e-12));
        RegressionReference.Floor bp = ref.floors().get(2);
        assertThat(bp.margin()).as("no spread: the minimum margin").isEqualTo(0.005);
        assertThat(ref.floors()).hasSize(4);
        assertThat(ref.method()).contains("sqrt(2 / 3)");
    }

    @Test
    void theRecordedRunsPassAndABrokenModelFails() {
        RegressionReference ref = RegressionCheck.derive(table("rec.csv", 0, false), "spec.yaml", CI_SEEDS, 4, 0.005);
        assertThat(check(table("same.csv", 0, false), ref).pass()).isTrue();
        assertThat(check(table("noise.csv", -0.01, false), ref).pass()).as("within one seed sd").isTrue();

        Outcome broken = check(table("broken.csv", -0.5, false), ref);
        assertThat(broken.pass()).isFalse();
        assertThat(broken.table()).contains("ff-mlp/mnist test_accuracy", "FAIL (", "regression check FAILED")
                .containsPattern("bp-mlp/mnist test_accuracy +0\\.\\d+ +0\\.9700  ok");
    }

    @Test
    void theShippedFloorsFollowFromTheShippedRecordedRuns() {
        Path reference = Path.of("results/reference/ci-regression.json");
        Path recorded = Path.of("results/reference/ci-regression-runs.csv");
        RegressionReference shipped = Json.read(reference, RegressionReference.class);
        RegressionReference derived = RegressionCheck.derive(recorded, shipped.spec(), shipped.ciSeeds(),
                shipped.sigmas(), shipped.minMargin());
        assertThat(shipped.floors()).isEqualTo(derived.floors());
        assertThat(shipped.floors()).hasSize(12); // 2 metrics x (ff-mlp, bp-mlp, ff-cnn) x 2 datasets
        assertThat(check(recorded, shipped).pass()).isTrue();
    }

    @Test
    void aMissingRunFailsTheCheck() {
        RegressionReference ref = RegressionCheck.derive(table("rec.csv", 0, false), "spec.yaml", CI_SEEDS, 4, 0.005);
        Outcome missing = check(table("missing.csv", 0, true), ref);
        assertThat(missing.pass()).isFalse();
        assertThat(missing.table()).contains("bp-mlp/mnist test_accuracy", "FAIL (2 of 3 runs finished)");
    }
}
