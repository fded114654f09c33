package fflab.experiment.sweep;

import fflab.experiment.PlannedRun;
import fflab.experiment.RunId;
import fflab.experiment.SaliencyRequest;
import fflab.experiment.SpecSource;
import fflab.experiment.Sweep;
import fflab.experiment.store.DoneMarker;
import fflab.experiment.store.ExperimentStore;
import fflab.experiment.store.FailureRecord;
import fflab.experiment.store.LegacyRuns;
import fflab.experiment.store.RunLock;
import fflab.experiment.store.RunRecord;
import fflab.experiment.store.SaliencyRecord;
import fflab.io.Json;
import fflab.run.RunFiles;
import fflab.train.Monitors;
import fflab.train.TrainingMonitor;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One attempt at one run, crash-safe: skip it if {@code done.json} exists and every saliency
 * output it asks for has its {@code saliency.json}; otherwise take its lock (or leave it to the
 * sweep holding it). A finished run only gets the saliency outputs it lacks, computed on its saved
 * model (each folder cleared first, its {@code saliency.json} written last, then done.json
 * rewritten). A finished folder of the run's old id is adopted (renamed). Anything else: clear
 * whatever an earlier attempt left, write {@code run.json}, run the task, write each output's
 * {@code saliency.json}, and {@code done.json} last, or {@code failed.json} when anything is thrown
 * (out of memory included), so that one failing run never stops the others.
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
        if (!store.needsWork(run)) {
            return AttemptResult.of(run, AttemptResult.Kind.SKIPPED);
        }
        Optional<RunLock> lock = store.tryLock(id);
        if (lock.isEmpty()) {
            return AttemptResult.of(run, AttemptResult.Kind.BUSY);
        }
        try {
            RunId adoptedFrom = null;
            if (!store.isDone(id)) {
                Optional<RunId> legacy = LegacyRuns.adoptable(store, run);
                if (legacy.isPresent()) {
                    Optional<RunLock> old = store.tryLock(legacy.get());
                    if (old.isEmpty()) {
                        return AttemptResult.of(run, AttemptResult.Kind.BUSY); // an older sweep works on it
                    }
                    try (RunLock held = old.get()) {
                        if (store.isDone(legacy.get())) {
                            LegacyRuns.adopt(store, legacy.get(), id);
                            adoptedFrom = legacy.get();
                        }
                    }
                }
            }
            if (store.isDone(id)) { // finished earlier, or by another sweep between the check and the lock
                LegacyRuns.migrate(store, id);
                return extend(run, adoptedFrom);
            }
            return runLocked(run, store.resetRunDir(id), progress);
        } finally {
            lock.get().close();
        }
    }

    /** The saliency outputs a finished run lacks, on its saved model. */
    private AttemptResult extend(PlannedRun run, RunId adoptedFrom) {
        List<SaliencyRequest> missing = store.missingSaliency(run);
        Path dir = store.runDir(run.id());
        DoneMarker done = Json.read(dir.resolve(RunFiles.DONE), DoneMarker.class);
        if (missing.isEmpty()) {
            return adoptedFrom != null ? new AttemptResult(run, AttemptResult.Kind.ADOPTED, done, adoptedFrom.value())
                    : AttemptResult.of(run, AttemptResult.Kind.SKIPPED);
        }
        try (RunLog log = RunLog.open(dir.resolve(RunFiles.LOG))) {
            if (adoptedFrom != null) {
                log.line("adopted: this folder was run " + adoptedFrom + " (ids before issue 19 hashed the saliency "
                        + "options)");
            }
            for (SaliencyRequest request : missing) {
                log.line("saliency " + request.key() + " for the finished run, on its saved model (no retraining)");
                store.resetSaliencyDir(run.id(), request.key());
                try {
                    RunTask.SaliencyOutcome outcome = task.addSaliency(run, dir, request, log);
                    record(run, outcome);
                    done = done.withSaliency(outcome.step(), outcome.seconds());
                    Json.write(dir.resolve(RunFiles.DONE), done);
                } catch (Throwable t) { // the trained run stays finished; this output is tried again next time
                    log.error("saliency " + request.key() + " failed", t);
                    return new AttemptResult(run, AttemptResult.Kind.FAILED, null,
                            "saliency " + request.key() + ": " + t);
                }
            }
        }
        return new AttemptResult(run, AttemptResult.Kind.EXTENDED, done, null);
    }

    private AttemptResult runLocked(PlannedRun run, Path dir, TrainingMonitor progress) {
        String experiment = sweep.spec().name();
        Json.write(dir.resolve(RunFiles.RUN), record(run));
        long start = System.nanoTime();
        try (RunLog log = RunLog.open(dir.resolve(RunFiles.LOG))) {
            log.line("run " + run.id() + " of " + experiment + ": " + run.summary());
            try {
                RunTask.Outcome outcome = task.run(run, dir, Monitors.all(log, progress), log);
                for (RunTask.SaliencyOutcome s : outcome.saliency()) {
                    record(run, s);
                }
                DoneMarker done = DoneMarker.of(run.id().value(), experiment, outcome.result(), seconds(start),
                        outcome.steps(), stepSeconds(outcome));
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

    private static Map<String, Double> stepSeconds(RunTask.Outcome outcome) {
        Map<String, Double> seconds = new LinkedHashMap<>(outcome.stepSeconds());
        seconds.putIfAbsent("train", outcome.result().trainSeconds());
        seconds.putIfAbsent("evaluate", outcome.result().evaluationSeconds());
        return seconds;
    }

    /** saliency.json: written last into an output's folder, so that it marks the output complete. */
    private void record(PlannedRun run, RunTask.SaliencyOutcome s) {
        Path keyDir = store.saliencyDir(run.id(), s.request().key());
        Json.write(keyDir.resolve(SaliencyRecord.FILE), SaliencyRecord.of(s.request().key(), s.request().options(),
                s.step(), s.seconds(), keyDir, null));
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
