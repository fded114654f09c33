package fflab.experiment.sweep;

import fflab.experiment.PlannedRun;
import fflab.experiment.RunId;
import fflab.experiment.SpecSource;
import fflab.experiment.Sweep;
import fflab.experiment.store.DoneMarker;
import fflab.experiment.store.ExperimentStore;
import fflab.experiment.store.FailureRecord;
import fflab.experiment.store.RunLock;
import fflab.experiment.store.RunRecord;
import fflab.io.Json;
import fflab.run.RunFiles;
import fflab.train.Monitors;
import fflab.train.TrainingMonitor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One attempt at one run, crash-safe: skip it if {@code done.json} exists; otherwise take its
 * lock (or leave it to the sweep holding it), clear whatever an earlier attempt left, write
 * {@code run.json}, run the task, and write {@code done.json} last, or {@code failed.json} when
 * anything is thrown (out of memory included), so that one failing run never stops the others.
 */
final class RunAttempt {
    private final ExperimentStore store;
    private final Sweep sweep;
    private final RunTask task;

    RunAttempt(ExperimentStore store, Sweep sweep, RunTask task) {
        this.store = store;
        this.sweep = sweep;
        this.task = task;
    }

    AttemptResult attempt(PlannedRun run, TrainingMonitor progress) {
        RunId id = run.id();
        if (store.isDone(id)) {
            return AttemptResult.of(run, AttemptResult.Kind.SKIPPED);
        }
        Optional<RunLock> lock = store.tryLock(id);
        if (lock.isEmpty()) {
            return AttemptResult.of(run, AttemptResult.Kind.BUSY);
        }
        try {
            if (store.isDone(id)) { // finished by another sweep between the check and the lock
                return AttemptResult.of(run, AttemptResult.Kind.SKIPPED);
            }
            return runLocked(run, store.resetRunDir(id), progress);
        } finally {
            lock.get().close();
        }
    }

    private AttemptResult runLocked(PlannedRun run, Path dir, TrainingMonitor progress) {
        String experiment = sweep.spec().name();
        Json.write(dir.resolve(RunFiles.RUN), record(run));
        long start = System.nanoTime();
        try (RunLog log = RunLog.open(dir.resolve(RunFiles.LOG))) {
            log.line("run " + run.id() + " of " + experiment + ": " + run.summary());
            try {
                RunTask.Outcome outcome = task.run(run, dir, Monitors.all(log, progress), log);
                DoneMarker done = DoneMarker.of(run.id().value(), experiment, outcome.result(), seconds(start),
                        outcome.steps());
                log.line("finished: " + Json.toString(done).replaceAll("\\s+", " "));
                Json.write(dir.resolve(RunFiles.DONE), done); // last: only now is the run finished
                return new AttemptResult(run, AttemptResult.Kind.FINISHED, done, null);
            } catch (Throwable t) { // OutOfMemoryError too: the run's memory is garbage once unwound
                log.error("run failed", t);
                Json.write(dir.resolve(RunFiles.FAILED), FailureRecord.of(run.id().value(), experiment, t,
                        seconds(start)));
                return new AttemptResult(run, AttemptResult.Kind.FAILED, null, t.toString());
            }
        }
    }

    private RunRecord record(PlannedRun run) {
        SpecSource source = sweep.source();
        String spec = source != null ? store.saveSpec(source) : sweep.spec().source();
        return new RunRecord(run.id().value(), sweep.spec().name(), spec, source != null ? source.sha256() : null,
                source != null ? source.file() : sweep.spec().source(), sweep.spec().scale(),
                source != null ? source.sets() : List.of(), run.summary(), run.config());
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
