package fflab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import fflab.experiment.spec.ModelRegistry;
import fflab.experiment.store.ExperimentStore;
import fflab.experiment.store.FailureRecord;
import fflab.experiment.store.RunLock;
import fflab.experiment.store.RunState;
import fflab.experiment.sweep.AttemptResult;
import fflab.experiment.sweep.CostModel;
import fflab.experiment.sweep.RunTask;
import fflab.experiment.sweep.SweepRunner;
import fflab.experiment.sweep.SweepSummary;
import fflab.experiment.sweep.WorkerPool;
import fflab.io.Csv;
import fflab.io.Json;
import fflab.run.RunFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's rules with a task that trains nothing: skip finished, redo unfinished, record failures, lock. */
class SweepRunnerTest {
    private static final String SPEC = """
            name: fake
            seed: [1, 2, 3, 4]
            models: {bp-mlp: {epochs: 1}}
            """;

    @TempDir
    Path results;

    private final Sweep sweep = SpecFixtures.expand(SPEC);
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();


    private SweepSummary run(ExperimentStore s, RunTask task) {
        return new SweepRunner(s, sweep, CostModel.measured2Cores(ModelRegistry.standard()),
                new PrintStream(output, true)).runHere(task);
    }

    @Test
    void rerunSkipsFinishedRunsAndRedoesUnfinishedOnesFromScratch() throws Exception {
        ExperimentStore s = ExperimentStore.of(results, "fake");
        FakeRuns task = new FakeRuns(0);
        assertThat(run(s, task).count(AttemptResult.Kind.FINISHED)).isEqualTo(4);

        RunId interrupted = sweep.runs().get(2).id();
        Files.delete(s.file(interrupted, RunFiles.DONE)); // as if killed before its marker
        Files.writeString(s.file(interrupted, "half-written.npy"), "junk");
        SweepSummary again = run(s, task);

        assertThat(again.count(AttemptResult.Kind.SKIPPED)).isEqualTo(3);
        assertThat(again.count(AttemptResult.Kind.FINISHED)).isEqualTo(1);
        assertThat(task.calls.get(interrupted)).hasValue(2);
        assertThat(task.totalCalls()).isEqualTo(5);
        assertThat(s.file(interrupted, "half-written.npy")).doesNotExist();
        assertThat(s.state(interrupted)).isEqualTo(RunState.DONE);
        assertThat(s.file(interrupted, RunFiles.RUN)).exists();
        assertThat(Files.readString(s.file(interrupted, RunFiles.LOG))).contains("run " + interrupted + " of fake");
    }

    @Test
    void aFailingRunIsRecordedAndTheOthersGoOn() {
        ExperimentStore s = ExperimentStore.of(results, "fake");
        RunId doomed = sweep.runs().get(1).id();
        FakeRuns fake = new FakeRuns(0);
        RunTask task = (run, dir, monitor, log) -> {
            if (run.id().equals(doomed)) {
                throw new OutOfMemoryError("Java heap space (simulated)");
            }
            return fake.run(run, dir, monitor, log);
        };
        SweepSummary summary = run(s, task);

        assertThat(summary.count(AttemptResult.Kind.FAILED)).isEqualTo(1);
        assertThat(summary.count(AttemptResult.Kind.FINISHED)).isEqualTo(3);
        assertThat(summary.exitCode()).isEqualTo(1);
        assertThat(summary.line()).isEqualTo("4 runs: 3 finished, 0 skipped (finished earlier), "
                + "0 running in another sweep, 1 failed");
        FailureRecord failure = Json.read(s.file(doomed, RunFiles.FAILED), FailureRecord.class);
        assertThat(failure.type()).isEqualTo("java.lang.OutOfMemoryError");
        assertThat(failure.message()).isEqualTo("Java heap space (simulated)");
        assertThat(failure.stackTrace()).contains("SweepRunnerTest");
        assertThat(s.file(doomed, RunFiles.DONE)).doesNotExist();
        assertThat(output.toString()).contains(doomed + " bp-mlp mnist seed=2: FAILED: java.lang.OutOfMemoryError");

        List<Map<String, String>> rows = Csv.read(s.dir().resolve(ExperimentStore.RUNS_CSV));
        assertThat(rows).extracting(r -> r.get("status")).containsExactly("done", "failed", "done", "done");
        assertThat(rows.get(1).get("error")).isEqualTo("java.lang.OutOfMemoryError: Java heap space (simulated)");
        assertThat(rows.get(0).get("test_accuracy")).isEqualTo("0.51");

        // a failed run is tried again on resume
        SweepSummary resumed = run(s, fake);
        assertThat(resumed.count(AttemptResult.Kind.FINISHED)).isEqualTo(1);
        assertThat(s.file(doomed, RunFiles.FAILED)).doesNotExist();
    }

    @Test
    void twoSweepsOnTheSameFolderNeverRunTheSameRunTwice() {
        ExperimentStore s = ExperimentStore.of(results, "fake");
        FakeRuns task = new FakeRuns(300); // long enough for the two sweeps to meet on a run
        CompletableFuture<SweepSummary> a = CompletableFuture.supplyAsync(() -> run(s, task));
        CompletableFuture<SweepSummary> b = CompletableFuture.supplyAsync(() -> run(s, task));
        SweepSummary sa = a.join();
        SweepSummary sb = b.join();

        assertThat(task.calls.values()).allSatisfy(c -> assertThat(c).hasValue(1));
        assertThat(task.totalCalls()).isEqualTo(4);
        assertThat(sa.count(AttemptResult.Kind.FINISHED) + sb.count(AttemptResult.Kind.FINISHED)).isEqualTo(4);
        assertThat(sa.count(AttemptResult.Kind.BUSY) + sb.count(AttemptResult.Kind.BUSY)
                + sa.count(AttemptResult.Kind.SKIPPED) + sb.count(AttemptResult.Kind.SKIPPED)).isEqualTo(4);
        assertThat(sweep.runs()).allSatisfy(r -> assertThat(s.state(r.id())).isEqualTo(RunState.DONE));
    }

    @Test
    void aWorkerProcessThatDiesIsRecordedAsAFailureAndOneThatFindsTheRunBusyIsNot() {
        ExperimentStore s = ExperimentStore.of(results, "fake");
        RunId busy = sweep.runs().get(0).id();
        WorkerPool pool = new WorkerPool(2, id -> List.of("sh", "-c", "echo dying; exit "
                + (id.equals(busy) ? WorkerPool.EXIT_BUSY : 137)));
        SweepSummary summary = new SweepRunner(s, sweep, CostModel.measured2Cores(ModelRegistry.standard()),
                new PrintStream(output, true)).runInWorkers(pool);

        assertThat(summary.count(AttemptResult.Kind.BUSY)).isEqualTo(1);
        assertThat(summary.count(AttemptResult.Kind.FAILED)).isEqualTo(3);
        RunId died = sweep.runs().get(1).id();
        FailureRecord failure = Json.read(s.file(died, RunFiles.FAILED), FailureRecord.class);
        assertThat(failure.message()).isEqualTo("worker process exited with code 137 without finishing the run");
        assertThat(failure.stackTrace()).isEqualTo("dying\n"); // the worker's output
        assertThat(s.state(busy)).isEqualTo(RunState.ABSENT);
    }

    @Test
    void aWorkerThatFoundItsRunFinishedByAnotherSweepIsReportedAsSkippedNotAsTrained() {
        ExperimentStore s = ExperimentStore.of(results, "fake");
        run(s, new FakeRuns(0));
        PlannedRun done = sweep.runs().get(0);
        assertThat(WorkerPool.answer(done, WorkerPool.EXIT_SKIPPED, s)).hasValueSatisfying(
                r -> assertThat(r.kind()).isEqualTo(AttemptResult.Kind.SKIPPED));
        assertThat(WorkerPool.answer(done, 0, s)).hasValueSatisfying(
                r -> assertThat(r.kind()).isEqualTo(AttemptResult.Kind.FINISHED));
    }

    @Test
    void aRunLockIsExclusiveUntilReleased() {
        ExperimentStore s = ExperimentStore.of(results, "fake");
        RunId id = sweep.runs().get(0).id();
        try (RunLock first = s.tryLock(id).orElseThrow()) {
            assertThat(s.tryLock(id)).isEmpty();
            assertThat(s.tryLock(sweep.runs().get(1).id())).hasValueSatisfying(RunLock::close);
        }
        assertThat(s.tryLock(id)).hasValueSatisfying(RunLock::close);
    }
}
