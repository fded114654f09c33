package fflab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import fflab.experiment.spec.ModelRegistry;
import fflab.experiment.store.DoneMarker;
import fflab.experiment.store.ExperimentStore;
import fflab.experiment.store.LegacyRuns;
import fflab.experiment.store.RunRecord;
import fflab.experiment.store.SaliencyRecord;
import fflab.experiment.sweep.AttemptResult;
import fflab.experiment.sweep.CostModel;
import fflab.experiment.sweep.SweepRunner;
import fflab.experiment.sweep.SweepSummary;
import fflab.io.Csv;
import fflab.io.Json;
import fflab.run.RunFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Saliency outputs are computed on trained models, never by retraining them")
class SaliencyReuseTest {
    private static final String SPEC = """
            name: reuse
            seed: [1, 2]
            models: {bp-mlp: {epochs: 1}}
            saliency: {filters: [3], evaluation: subset, evaluation_size: 100}
            """;

    @TempDir
    Path results;

    private SweepSummary sweep(ExperimentStore s, FakeRuns task, String... sets) {
        Sweep sweep = SpecFixtures.expand(SPEC, sets);
        return new SweepRunner(s, sweep, CostModel.measured2Cores(ModelRegistry.standard()),
                new PrintStream(new ByteArrayOutputStream())).runHere(task);
    }

    @Test
    void aLargerEvaluationSetOnAFinishedSweepRetrainsNothing() {
        ExperimentStore s = ExperimentStore.of(results, "reuse");
        FakeRuns task = new FakeRuns(0);
        assertThat(sweep(s, task).count(AttemptResult.Kind.FINISHED)).isEqualTo(2);
        assertThat(task.totalCalls()).isEqualTo(2);

        SweepSummary larger = sweep(s, task, "saliency.evaluation_size=500");
        assertThat(task.totalCalls()).as("trainings").isEqualTo(2);
        assertThat(larger.count(AttemptResult.Kind.EXTENDED)).isEqualTo(2);
        assertThat(task.saliencyAdded).hasSize(1).allSatisfy((key, n) -> assertThat(n).hasValue(2));

        Sweep planned = SpecFixtures.expand(SPEC, "saliency.evaluation_size=500");
        Sweep first = SpecFixtures.expand(SPEC);
        assertThat(planned.runs()).extracting(PlannedRun::id).containsExactlyElementsOf(
                first.runs().stream().map(PlannedRun::id).toList());
        for (PlannedRun run : planned.runs()) {
            String oldKey = first.runs().get(0).saliency().get(0).key();
            String newKey = run.saliency().get(0).key();
            assertThat(newKey).isNotEqualTo(oldKey).contains("subset500");
            assertThat(s.hasSaliency(run.id(), oldKey)).isTrue();
            assertThat(s.hasSaliency(run.id(), newKey)).isTrue();
            SaliencyRecord record = Json.read(s.saliencyDir(run.id(), newKey).resolve(SaliencyRecord.FILE),
                    SaliencyRecord.class);
            assertThat(record.options()).containsEntry("evaluation_size", 500);
            assertThat(record.files()).containsExactly("map.csv");
            DoneMarker done = Json.read(s.file(run.id(), RunFiles.DONE), DoneMarker.class);
            assertThat(done.steps()).hasSize(2);
            assertThat(done.stepSeconds()).containsEntry("saliency", 0.5).containsEntry("train", 0.5);
            assertThat(done.totalSeconds()).isEqualTo(1.1, org.assertj.core.data.Offset.offset(1e-9));
        }
        // the report sees one run per training: one folder per config and seed
        assertThat(Csv.read(s.dir().resolve(ExperimentStore.RUNS_CSV))).hasSize(2);

        SweepSummary again = sweep(s, task, "saliency.evaluation_size=500");
        assertThat(again.count(AttemptResult.Kind.SKIPPED)).isEqualTo(2);
        assertThat(task.totalCalls()).isEqualTo(2);
    }

    @Test
    void anAddedFilterSizeIsOneMoreOutputOfTheSameModels() {
        ExperimentStore s = ExperimentStore.of(results, "reuse");
        FakeRuns task = new FakeRuns(0);
        sweep(s, task);
        sweep(s, task, "saliency.filters=[[3], [3, 5]]");
        assertThat(task.totalCalls()).isEqualTo(2);
        assertThat(task.saliencyAdded.keySet()).singleElement().asString().startsWith("ads-k3_5-");
    }

    @Test
    void anInterruptedSaliencyOutputIsRedoneAlone() throws Exception {
        ExperimentStore s = ExperimentStore.of(results, "reuse");
        FakeRuns task = new FakeRuns(0);
        sweep(s, task);
        PlannedRun run = SpecFixtures.expand(SPEC).runs().get(0);
        String key = run.saliency().get(0).key();
        Files.delete(s.saliencyDir(run.id(), key).resolve(SaliencyRecord.FILE)); // killed before its marker
        Files.writeString(s.saliencyDir(run.id(), key).resolve("half.npy"), "junk");

        SweepSummary resumed = sweep(s, task);
        assertThat(resumed.count(AttemptResult.Kind.EXTENDED)).isEqualTo(1);
        assertThat(resumed.count(AttemptResult.Kind.SKIPPED)).isEqualTo(1);
        assertThat(task.totalCalls()).isEqualTo(2);
        assertThat(s.saliencyDir(run.id(), key).resolve("half.npy")).doesNotExist();
        assertThat(s.hasSaliency(run.id(), key)).isTrue();
    }

    @Test
    void aFinishedFolderOfTheOldIdIsAdoptedNotRetrained() throws Exception {
        ExperimentStore s = ExperimentStore.of(results, "reuse");
        PlannedRun run = SpecFixtures.expand(SPEC).runs().get(0);
        RunId old = legacyFolder(s, run);

        FakeRuns task = new FakeRuns(0);
        SweepSummary summary = sweep(s, task, "seed=[1]");
        assertThat(summary.count(AttemptResult.Kind.ADOPTED)).isEqualTo(1);
        assertThat(task.totalCalls()).isZero();
        assertThat(task.saliencyAdded).isEmpty();
        assertAdopted(s, run, old);
    }

    @Test
    void anInterruptedAdoptionIsFinishedByTheNextSweep() throws Exception {
        ExperimentStore s = ExperimentStore.of(results, "reuse");
        PlannedRun run = SpecFixtures.expand(SPEC).runs().get(0);
        RunId old = legacyFolder(s, run);
        // killed after the rename and the first move: saliency/ waits under its temporary name
        Files.move(s.runDir(old), s.runDir(run.id()));
        Files.move(s.runDir(run.id()).resolve(RunFiles.SALIENCY_DIR), s.runDir(run.id()).resolve(".saliency-moving"));
        assertThat(LegacyRuns.needsMigration(s, run.id())).isTrue();

        FakeRuns task = new FakeRuns(0);
        sweep(s, task, "seed=[1]");
        assertThat(task.totalCalls()).isZero();
        assertAdopted(s, run, old);
    }

    /** A finished run folder as sweeps wrote it before issue 19: old id, saliency in config, flat saliency/. */
    private static RunId legacyFolder(ExperimentStore s, PlannedRun run) throws Exception {
        Map<String, Object> options = run.saliency().get(0).options();
        RunConfig oldConfig = run.config().withSaliency(options);
        RunId old = RunId.legacyOf(oldConfig);
        assertThat(old).isNotEqualTo(run.id());
        Path dir = Files.createDirectories(s.runDir(old));
        Json.write(dir.resolve(RunFiles.RUN), Map.of("id", old.value(), "experiment", "reuse", "spec",
                "experiments/reuse.yaml", "scale", "", "summary", run.summary(), "config", oldConfig));
        Files.createDirectories(dir.resolve("saliency/k3"));
        Files.writeString(dir.resolve("saliency/k3/ads.csv"), "1\n");
        Files.writeString(dir.resolve("saliency/summary.json"), "{}\n");
        Files.writeString(dir.resolve(RunFiles.LOG), "old log\n");
        Json.write(dir.resolve(RunFiles.DONE), Map.ofEntries(Map.entry("id", old.value()),
                Map.entry("experiment", "reuse"), Map.entry("finishedAt", "2026-11-30T10:00:00Z"),
                Map.entry("wallSeconds", 30.0), Map.entry("trainSeconds", 10.0), Map.entry("evaluationSeconds", 2.0),
                Map.entry("testAccuracy", 0.9), Map.entry("testMacroF1", 0.89), Map.entry("validationAccuracy", 0.91),
                Map.entry("layerAccuracy", List.of()), Map.entry("steps", List.of("saliency: 1 maps (subset:100)"))));
        return old;
    }

    private static void assertAdopted(ExperimentStore s, PlannedRun run, RunId old) {
        String key = run.saliency().get(0).key();
        assertThat(s.runDir(old)).doesNotExist();
        assertThat(s.saliencyDir(run.id(), key).resolve("k3/ads.csv")).hasContent("1");
        assertThat(s.saliencyDir(run.id(), key).resolve("summary.json")).exists();
        assertThat(s.runDir(run.id()).resolve(".saliency-moving")).doesNotExist();
        SaliencyRecord saliency = Json.read(s.saliencyDir(run.id(), key).resolve(SaliencyRecord.FILE),
                SaliencyRecord.class);
        assertThat(saliency.adoptedFrom()).isEqualTo(old.value());
        assertThat(saliency.files()).containsExactly("k3/ads.csv", "summary.json");
        assertThat(saliency.seconds()).isEqualTo(18.0);
        RunRecord record = Json.read(s.file(run.id(), RunFiles.RUN), RunRecord.class);
        assertThat(record.id()).isEqualTo(run.id().value());
        assertThat(record.adoptedFrom()).isEqualTo(old.value());
        assertThat(record.config().saliency()).isNull();
        assertThat(RunId.of(record.config())).isEqualTo(run.id());
        DoneMarker done = Json.read(s.file(run.id(), RunFiles.DONE), DoneMarker.class);
        assertThat(done.id()).isEqualTo(run.id().value());
        assertThat(done.totalSeconds()).isEqualTo(30.0);
        assertThat(s.needsWork(run)).isFalse();
        assertThat(LegacyRuns.needsMigration(s, run.id())).isFalse();
    }
}
