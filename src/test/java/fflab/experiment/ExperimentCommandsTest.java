package fflab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import fflab.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** fflab validate and fflab sweep --dry-run as a user calls them; nothing trains. */
class ExperimentCommandsTest {
    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {}

    private Result fflab(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    private Path spec(String yaml) throws IOException {
        return Files.writeString(dir.resolve("x.yaml"), yaml);
    }

    @Test
    void validateSaysHowManyRunsAndWhichAxes() throws IOException {
        Path spec = spec("seed: [1, 2]\nmodels: {ff-mlp: {theta: [1, 2, 3]}, bp-mlp: }\n");
        Result r = fflab("validate", spec.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(spec + ": valid; experiment x, 8 runs; axes: seed (2), models.ff-mlp.theta (3)"
                + System.lineSeparator());
    }

    @Test
    void validateListsEveryErrorOfFileAndOverrides() throws IOException {
        Path spec = spec("models:\n  ff-mlp:\n    theta: [1, 2, two]\n");
        Result r = fflab("validate", spec.toString(), "--set", "models.ff-mlp.epocs=5", "--set",
                "data.train_limit=[10, -1]", "--set", "models.bp-mlp.epochs=3", "--set", "nonsense");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).containsExactly(
                spec + ":3:19 models.ff-mlp.theta[2]: expected a number >= 0, got \"two\"",
                "--set[1] models.ff-mlp.epocs: unknown key; did you mean \"epochs\"? (allowed: hidden, goodness, "
                        + "theta, learning_rate, epochs, batch_size, schedule, negatives, resample_negatives, overlay, "
                        + "overlay_value, skip_first_layer, eval_every, learning_rate_schedule, input_norm, optimizer, weight_decay, "
                        + "peer_normalisation, classifier, readout_epochs, readout_learning_rate)",
                "--set[2]:1:6 data.train_limit[1]: expected an integer >= 0, got -1",
                "--set[3] models.bp-mlp: the spec does not train bp-mlp; add it under models: in the spec to change "
                        + "its options",
                "--set[4] expected key.path=value, e.g. models.ff-mlp.epochs=5, got \"nonsense\"",
                "fflab: 5 errors in the spec; nothing was run");
    }

    @Test
    void dryRunListsEveryRunWithIdStatusAndCostAndRunsNothing() throws IOException {
        Path spec = spec("name: dry\nseed: [1, 2]\nmodels: {ff-mlp: {epochs: 100}, bp-mlp: }\n");
        Path results = dir.resolve("results");
        Result r = fflab("sweep", spec.toString(), "--dry-run", "--results", results.toString(), "--set",
                "models.ff-mlp.theta=[2, 4]");
        assertThat(r.exit()).as(r.err()).isZero();
        Sweep sweep = Experiments.plan(spec, List.of("models.ff-mlp.theta=[2, 4]"));
        assertThat(sweep.runs()).hasSize(6);
        for (PlannedRun run : sweep.runs()) {
            assertThat(r.out()).containsPattern(run.id() + "  to do +\\d+ +\\S+  " + run.summary());
        }
        assertThat(r.out()).contains("experiment dry: 6 runs into " + results.resolve("dry"))
                .contains("6 runs, 0 done; the rest is estimated at");
        assertThat(results).doesNotExist();
    }

    @Test
    void shippedSpecsAreValid() throws IOException {
        try (Stream<Path> specs = Files.list(Path.of("experiments"))) {
            for (Path spec : specs.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                assertThat(fflab("validate", spec.toString()).exit()).as(spec.toString()).isZero();
                if (Files.readString(spec).contains("scales:")) {
                    assertThat(fflab("validate", spec.toString(), "--set", "scale=paper").exit()).as(spec + " paper")
                            .isZero();
                }
            }
        }
    }
}
