package fflab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fflab.experiment.spec.ModelRegistry;
import fflab.experiment.store.ExperimentStore;
import fflab.experiment.store.RunRecord;
import fflab.experiment.sweep.CostModel;
import fflab.experiment.sweep.SweepRunner;
import fflab.io.Json;
import fflab.run.RunFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The results folder keeps the exact spec, its scale and every --set")
class SpecSavedWithResultsTest {
    private static final String SPEC = """
            name: saved
            # a comment, kept as written
            seed: [1, 2]
            models: {bp-mlp: {epochs: 1}}
            scale: small
            scales:
              small: {models.bp-mlp.epochs: 2}
              big: {models.bp-mlp.epochs: 3}
            """;

    @TempDir
    Path tmp;

    @Test
    void specTextScaleAndSetsAreSavedAndEachRunPointsAtItsCopy() throws Exception {
        Path specFile = Files.writeString(tmp.resolve("saved.yaml"), SPEC);
        List<String> sets = List.of("scale=big", "seed=[1]", "models.bp-mlp.hidden=[20]");
        Sweep sweep = Experiments.plan(specFile, sets);
        ExperimentStore store = ExperimentStore.of(tmp.resolve("results"), "saved");
        new SweepRunner(store, sweep, CostModel.measured2Cores(ModelRegistry.standard()),
                new PrintStream(new ByteArrayOutputStream())).runHere(new FakeRuns(0));

        assertThat(store.dir().resolve(ExperimentStore.SPEC_YAML)).hasContent(SPEC);
        JsonNode sweepJson = Json.readTree(store.dir().resolve(ExperimentStore.SWEEP_JSON));
        assertThat(sweepJson.get("spec").asText()).isEqualTo(ExperimentStore.SPEC_YAML);
        assertThat(sweepJson.get("scale").asText()).isEqualTo("big");
        assertThat(sweepJson.get("sets")).extracting(JsonNode::asText)
                .containsExactly("scale=big", "seed=[1]", "models.bp-mlp.hidden=[20]");
        assertThat(sweepJson.get("specFile").asText()).isEqualTo(specFile.toAbsolutePath().toString());

        PlannedRun run = sweep.runs().get(0);
        assertThat(sweep.runs()).hasSize(1);
        Path runDir = store.runDir(run.id());
        RunRecord record = Json.read(runDir.resolve(RunFiles.RUN), RunRecord.class);
        assertThat(record.scale()).isEqualTo("big");
        assertThat(record.sets()).isEqualTo(sets);
        // the reference works from the run folder, wherever the results folder has moved
        Path copy = runDir.resolve(record.spec()).normalize();
        assertThat(copy).hasContent(SPEC);
        assertThat(record.specSha256()).isEqualTo(RunId.sha256Hex(SPEC));

        // the saved text and sets plan the same run again, without the original file
        Files.delete(specFile);
        assertThat(Experiments.plan(copy, record.sets()).runs().get(0).id()).isEqualTo(run.id());
    }

    @Test
    void anEditedSpecKeepsTheEarlierRunsCopy() throws Exception {
        Path specFile = Files.writeString(tmp.resolve("saved.yaml"), SPEC);
        ExperimentStore store = ExperimentStore.of(tmp.resolve("results"), "saved");
        Sweep first = Experiments.plan(specFile, List.of("seed=[1]"));
        runAll(store, first);
        String edited = SPEC.replace("seed: [1, 2]", "seed: [1, 2, 3]");
        Files.writeString(specFile, edited);
        Sweep second = Experiments.plan(specFile, List.of("seed=[2]"));
        runAll(store, second);

        assertThat(store.dir().resolve(ExperimentStore.SPEC_YAML)).hasContent(edited);
        RunRecord earlier = Json.read(store.file(first.runs().get(0).id(), RunFiles.RUN), RunRecord.class);
        assertThat(store.runDir(first.runs().get(0).id()).resolve(earlier.spec()).normalize()).hasContent(SPEC);
    }

    private static void runAll(ExperimentStore store, Sweep sweep) {
        new SweepRunner(store, sweep, CostModel.measured2Cores(ModelRegistry.standard()),
                new PrintStream(new ByteArrayOutputStream())).runHere(new FakeRuns(0));
    }
}
