package fflab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import fflab.experiment.store.ExperimentStore;
import fflab.experiment.store.RunState;
import fflab.io.Csv;
import fflab.run.RunFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real sweeps of tiny real runs in child JVMs: killed with SIGKILL in the middle of a run and
 * resumed, and two sweeps at once on the same results folder.
 */
class SweepCrashAndConcurrencyTest {
    private static final String SPEC = """
            name: crash
            seed: [1, 2, 3]
            data: {train_limit: 2000, validation_size: 1000, probe_train_size: 0}
            models:
              bp-mlp: {epochs: 3, hidden: [100], eval_every: 0}
            """;
    private static final Pattern FINISHED = Pattern.compile("(\\d+) runs: (\\d+) finished");

    @TempDir
    Path dir;
    private Path spec;
    private Path results;
    private Sweep sweep;
    private ExperimentStore store;

    @BeforeEach
    void writeSpec() throws IOException {
        spec = Files.writeString(dir.resolve("crash.yaml"), SPEC);
        results = dir.resolve("results");
        sweep = Experiments.plan(spec, List.of());
        store = ExperimentStore.of(results, "crash");
    }

    @Test
    void killDashNineLosesNothingFinishedAndResumeCompletesTheSweep() throws Exception {
        FflabProcess first = FflabProcess.start(dir.resolve("first.out"), "sweep", spec.toString(),
                "--results", results.toString());
        await(() -> done().size() >= 1 && runInProgress(), first);
        first.kill();

        List<RunId> finishedBefore = done();
        Map<RunId, String> markers = new HashMap<>();
        for (RunId id : finishedBefore) {
            markers.put(id, Files.readString(store.file(id, RunFiles.DONE)));
        }
        assertThat(finishedBefore).hasSizeLessThan(3);

        // resume with two worker processes of one thread each
        FflabProcess second = FflabProcess.start(dir.resolve("second.out"), "sweep", spec.toString(),
                "--results", results.toString(), "--workers", "2", "--threads", "1");
        assertThat(second.waitFor(240)).as(second.output()).isZero();

        assertThat(done()).hasSize(3);
        for (RunId id : finishedBefore) { // not redone: the very same marker
            assertThat(Files.readString(store.file(id, RunFiles.DONE))).isEqualTo(markers.get(id));
        }
        assertThat(finished(second.output())).isEqualTo(3 - finishedBefore.size());
        assertThat(second.output()).contains(finishedBefore.size() + " skipped (finished earlier)");
        for (PlannedRun r : sweep.runs()) {
            assertThat(store.runDir(r.id()).resolve(RunFiles.MODEL_DIR).resolve("model.json")).exists();
            assertThat(store.file(r.id(), RunFiles.METRICS)).exists();
            assertThat(store.file(r.id(), RunFiles.PREDICTIONS)).exists();
            assertThat(Files.readString(store.file(r.id(), RunFiles.LOG))).containsOnlyOnce("run " + r.id() + " of");
        }
        try (Stream<Path> files = Files.walk(store.dir())) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
        List<Map<String, String>> rows = Csv.read(store.dir().resolve(ExperimentStore.RUNS_CSV));
        assertThat(rows).hasSize(3).allSatisfy(row -> {
            assertThat(row.get("status")).isEqualTo("done");
            assertThat(Double.parseDouble(row.get("test_accuracy"))).isGreaterThan(0.5);
        });
    }

    @Test
    void twoSweepProcessesOnOneFolderRunEachRunOnce() throws Exception {
        FflabProcess a = FflabProcess.start(dir.resolve("a.out"), "sweep", spec.toString(), "--results",
                results.toString(), "--threads", "1");
        FflabProcess b = FflabProcess.start(dir.resolve("b.out"), "sweep", spec.toString(), "--results",
                results.toString(), "--threads", "1");
        assertThat(a.waitFor(240)).as(a.output()).isZero();
        assertThat(b.waitFor(240)).as(b.output()).isZero();

        assertThat(done()).hasSize(3);
        assertThat(finished(a.output()) + finished(b.output())).as(a.output() + b.output()).isEqualTo(3);
        for (PlannedRun r : sweep.runs()) {
            assertThat(Files.readString(store.file(r.id(), RunFiles.LOG))).containsOnlyOnce("run " + r.id() + " of");
        }
    }

    private List<RunId> done() {
        return sweep.runs().stream().map(PlannedRun::id).filter(store::isDone).toList();
    }

    private boolean runInProgress() {
        return sweep.runs().stream().anyMatch(r -> store.state(r.id()) == RunState.UNFINISHED
                && Files.exists(store.file(r.id(), RunFiles.LOG)));
    }

    private static int finished(String output) {
        Matcher m = FINISHED.matcher(output);
        assertThat(m.find()).as(output).isTrue();
        return Integer.parseInt(m.group(2));
    }

    private static void await(BooleanSupplier condition, FflabProcess p) throws Exception {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the sweep ended or stalled before the moment to kill it:\n" + p.output());
            }
            Thread.sleep(20);
        }
    }
}
