package fflab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A config and seed trained twice counts once; totals count every step; the sweep's own records are shown. */
@DisplayName("Replicates, compute totals and the sweep record")
class ReplicatesAndTotalsTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("two trainings of one config and seed are one replicate (the newer), confusion counted once")
    void retrainedRunCountsOnce() {
        // seed 1 trained twice (e.g. a saliency option changed the old run id): 80 % then 90 %
        Path old = SyntheticRuns.run(dir.resolve("ff-s1-old"), "FF_MLP", 1, 2.0, 0.80, List.of(0.7));
        SyntheticRuns.done(old, "2026-01-01T10:00:00Z", null, 10.0);
        Path newer = SyntheticRuns.run(dir.resolve("ff-s1-new"), "FF_MLP", 1, 2.0, 0.90, List.of(0.7));
        SyntheticRuns.done(newer, "2026-01-02T10:00:00Z", null, 10.0);
        SyntheticRuns.run(dir.resolve("ff-s2"), "FF_MLP", 2, 2.0, 0.70, List.of(0.7));
        SyntheticRuns.run(dir.resolve("bp-s1"), "BP_MLP", 1, null, 0.97, List.of());
        SyntheticRuns.run(dir.resolve("bp-s2"), "BP_MLP", 2, null, 0.98, List.of());

        ExperimentResults results = ExperimentResults.load(dir);
        RunGroup ff = results.groups().get(0);
        assertThat(ff.name()).isEqualTo("FF");
        assertThat(ff.finished()).extracting(Run::id).containsExactlyInAnyOrder("ff-s1-new", "ff-s2");
        assertThat(ff.mean(Run::accuracyPercent)).isCloseTo(80.0, within(1e-9)); // (90 + 70) / 2, not (80+90+70)/3
        assertThat(results.superseded()).hasSize(1).allSatisfy((a, b) -> {
            assertThat(a.id()).isEqualTo("ff-s1-old");
            assertThat(b.id()).isEqualTo("ff-s1-new");
        });
        // the synthetic confusion matrix [[8,2],[1,9]] once per seed: 2 seeds, not 3 trainings
        assertThat(ConfusionSection.sum(ff.finished())).isDeepEqualTo(new long[][] {{16, 4}, {2, 18}});
        ExperimentAnalysis a = ExperimentAnalysis.of(results, ReportOptions.defaults().withResamples(200));
        assertThat(a.pairing().comparisons()).singleElement()
                .satisfies(c -> assertThat(c.pairs()).extracting(p -> p.ff().id()).containsExactly("ff-s1-new",
                        "ff-s2"));

        RenderedReport r = RenderedReport.of(dir, dir.resolve("out/index.html"));
        assertThat(r.section("missing")).contains("run ff-s1-old trained the same config and seed as ff-s1-new, "
                + "which is newer: only that one counts as a replicate.");
        assertThat(r.doc().select("#summary tbody tr").get(0).child(3).text()).isEqualTo("2 of 2");
        assertThat(r.doc().select("#runs tbody tr")).hasSize(5);
    }

    @Test
    @DisplayName("total compute time is the sum of every step when done.json has stepSeconds, else wall clock")
    void totalsIncludeEveryStep() throws Exception {
        Path a = SyntheticRuns.run(dir.resolve("ff-s1"), "FF_MLP", 1, 2.0, 0.9, List.of(0.7));
        Map<String, Double> steps = new LinkedHashMap<>();
        steps.put("train", 10.5);
        steps.put("evaluate", 3.8);
        steps.put("saliency", 34.4);
        SyntheticRuns.done(a, "2026-01-01T10:00:00Z", steps, 14.3);
        // today's layout: done.json without stepSeconds, its wall clock is the whole attempt
        Path b = SyntheticRuns.run(dir.resolve("bp-s1"), "BP_MLP", 1, null, 0.97, List.of());
        SyntheticRuns.done(b, "2026-01-01T11:00:00Z", null, 20.0);
        Files.writeString(dir.resolve("spec.yaml"), "name: tiny\nmodels: [ff-mlp, bp-mlp]\n");
        Files.writeString(dir.resolve("sweep.json"), "{\"experiment\": \"tiny\", \"scale\": \"cpu\", "
                + "\"sets\": [\"epochs=2\", \"ff-mlp.theta=5\"]}");

        ExperimentResults results = ExperimentResults.load(dir);
        Run ff = results.replicates().stream().filter(r -> r.id().equals("ff-s1")).findFirst().orElseThrow();
        assertThat(ff.computeSeconds()).isCloseTo(48.7, within(1e-9));
        RenderedReport r = RenderedReport.of(dir, dir.resolve("out/index.html"));
        String facts = r.doc().select("table.facts").text();
        assertThat(facts).contains("total compute time 68.7 s (sum of every step (evaluate, saliency, train); "
                + "1 run without step times: their wall clock, all 2 run folders)");
        assertThat(facts).contains("scale cpu", "--set epochs=2 ff-mlp.theta=5");
        assertThat(r.doc().select("table.facts details summary").text()).isEqualTo("spec.yaml");
        assertThat(r.doc().select("table.facts details pre").text()).contains("models: [ff-mlp, bp-mlp]");
    }
}
