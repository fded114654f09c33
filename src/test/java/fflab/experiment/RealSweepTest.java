package fflab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fflab.data.DataDirectory;
import fflab.experiment.spec.ModelRegistry;
import fflab.experiment.store.DoneMarker;
import fflab.experiment.store.ExperimentStore;
import fflab.experiment.store.RunRecord;
import fflab.experiment.store.SaliencyRecord;
import fflab.experiment.sweep.AttemptResult;
import fflab.experiment.sweep.CostModel;
import fflab.experiment.sweep.PostTrainingStep;
import fflab.experiment.sweep.SweepRunner;
import fflab.experiment.sweep.SweepSummary;
import fflab.experiment.sweep.TrainingTask;
import fflab.io.Csv;
import fflab.io.Json;
import fflab.run.RunFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny real sweep (FF and BP on real MNIST) in this JVM: the run folders, the hook, runs.csv. */
class RealSweepTest {
    private static final String SPEC = """
            name: real
            data: {train_limit: 1000, validation_size: 1000, probe_train_size: 200}
            models:
              ff-mlp: {hidden: [64, 32], epochs: 2, eval_every: 1}
              bp-mlp: {hidden: [64], epochs: 1}
            saliency: {filters: [3, 5], per_class: false}
            """;

    @TempDir
    static Path results;
    static Sweep sweep;
    static ExperimentStore store;
    static SweepSummary summary;
    static final List<PostTrainingStep.Context> hookCalls = new ArrayList<>();

    @BeforeAll
    static void runSweep() {
        sweep = SpecFixtures.expand(SPEC);
        store = ExperimentStore.of(results, "real");
        PostTrainingStep hook = context -> {
            hookCalls.add(context);
            Files.writeString(context.outputDir().resolve("map.csv"), "0\n");
            return context.saliency().filterSizes().size() + " filter sizes";
        };
        summary = new SweepRunner(store, sweep, CostModel.measured2Cores(ModelRegistry.standard()),
                new PrintStream(new ByteArrayOutputStream()))
                .runHere(new TrainingTask(DataDirectory.resolve(null), ModelRegistry.standard(), hook));
    }

    @Test
    void everyRunFolderIsComplete() {
        assertThat(summary.count(AttemptResult.Kind.FINISHED)).isEqualTo(2);
        for (PlannedRun run : sweep.runs()) {
            Path dir = store.runDir(run.id());
            assertThat(dir.resolve(RunFiles.CONFIG)).exists();
            assertThat(dir.resolve(RunFiles.METRICS)).exists();
            assertThat(dir.resolve("history.csv")).exists();
            assertThat(dir.resolve("accuracy.csv")).exists();
            assertThat(dir.resolve(RunFiles.PREDICTIONS)).exists();
            assertThat(dir.resolve(RunFiles.PROVENANCE)).exists();
            assertThat(dir.resolve(RunFiles.MODEL_DIR).resolve("model.json")).exists();
            assertThat(dir.resolve(RunFiles.LOG)).content().contains("epoch 1", "finished:")
                    .containsPattern("step load finished \\([0-9.]+ s\\)\n.*training .*\n(.*\n)*.*training finished\n"
                            + ".*step train finished \\([0-9.]+ s\\)\n.*step evaluate finished \\([0-9.]+ s\\)\n"
                            + ".*step save finished \\([0-9.]+ s\\)\n.*saliency ads-k3_5-\\S+ started\n"
                            + ".*saliency ads-k3_5-\\S+ finished \\([0-9.]+ s\\)\n");
            RunRecord record = Json.read(dir.resolve(RunFiles.RUN), RunRecord.class);
            assertThat(record.id()).isEqualTo(run.id().value());
            assertThat(RunId.of(record.config())).isEqualTo(run.id()); // run.json hashes back to its id
            DoneMarker done = Json.read(dir.resolve(RunFiles.DONE), DoneMarker.class);
            double metricsAccuracy = Json.readTree(dir.resolve(RunFiles.METRICS)).path("test").path("accuracy")
                    .asDouble();
            assertThat(done.testAccuracy()).isEqualTo(metricsAccuracy);
            if (run.config().model().equals("bp-mlp")) {
                assertThat(done.testAccuracy()).isGreaterThan(0.5); // one epoch of BP already learns
            }
            String key = run.saliency().get(0).key();
            assertThat(done.steps()).containsExactly("saliency " + key + ": 2 filter sizes");
            assertThat(done.stepSeconds()).containsKeys("load", "train", "evaluate", "save", "saliency");
            assertThat(done.totalSeconds()).isLessThanOrEqualTo(done.wallSeconds() + 1e-6)
                    .isGreaterThan(0.9 * done.wallSeconds());
            SaliencyRecord saliency = Json.read(store.saliencyDir(run.id(), key).resolve(SaliencyRecord.FILE),
                    SaliencyRecord.class);
            assertThat(saliency.files()).containsExactly("map.csv");
            assertThat(saliency.options()).containsEntry("filters", List.of(3, 5));
        }
    }

    @Test
    void theSaliencyHookGetsTheTrainedModelSplitAndOptions() {
        assertThat(hookCalls).hasSize(2).allSatisfy(c -> {
            assertThat(c.saliency().filterSizes()).containsExactly(3, 5);
            assertThat(c.saliency().perClass()).isFalse();
            assertThat(c.split().train().size()).isEqualTo(1000);
            assertThat(c.model().predict(c.split().validation().head(10)).model()).hasSize(10);
            assertThat(c.outputDir()).isDirectory().hasParent(c.runDir().resolve(RunFiles.SALIENCY_DIR));
        });
    }

    @Test
    void runsCsvHasConfigAndMetricColumns() {
        List<Map<String, String>> rows = Csv.read(store.dir().resolve(ExperimentStore.RUNS_CSV));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).keySet()).contains("run_id", "status", "model", "dataset", "seed", "hidden", "epochs",
                "theta", "saliency", "test_accuracy", "test_macro_f1", "validation_accuracy",
                "layer_1_accuracy", "layer_2_accuracy", "train_seconds", "error");
        Map<String, String> ff = rows.stream().filter(r -> r.get("model").equals("ff-mlp")).findFirst().orElseThrow();
        assertThat(ff.get("hidden")).isEqualTo("[64,32]");
        assertThat(ff.get("status")).isEqualTo("done");
        assertThat(ff.get("layer_2_accuracy")).isNotEmpty();
        Map<String, String> bp = rows.stream().filter(r -> r.get("model").equals("bp-mlp")).findFirst().orElseThrow();
        assertThat(bp.get("theta")).isEmpty();
        assertThat(bp.get("layer_1_accuracy")).isEmpty();
    }

    @Test
    void pandasReadsRunsCsv() throws Exception {
        String python = pythonWithPandas();
        assumeTrue(python != null, "no python3 with pandas here");
        String script = "import pandas as pd, sys\n"
                + "df = pd.read_csv(sys.argv[1])\n"
                + "assert len(df) == 2, len(df)\n"
                + "assert df['test_accuracy'].dtype == float\n"
                + "assert set(df['model']) == {'ff-mlp', 'bp-mlp'}\n"
                + "assert df.loc[df.model == 'bp-mlp', 'theta'].isna().all()\n"
                + "print('ok', df['test_accuracy'].mean())\n";
        Process p = new ProcessBuilder(python, "-c", script, store.dir().resolve(ExperimentStore.RUNS_CSV).toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).startsWith("ok");
    }

    /** python3 on the PATH, or Debian's, when it can import pandas. */
    private static String pythonWithPandas() throws InterruptedException {
        for (String python : List.of("python3", "/usr/bin/python3")) {
            try {
                Process p = new ProcessBuilder(python, "-c", "import pandas").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return python;
                }
            } catch (IOException e) {
                // not installed
            }
        }
        return null;
    }
}
