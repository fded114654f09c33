package fflab.experiment.sweep;

import fflab.experiment.PlannedRun;
import fflab.experiment.RunId;
import fflab.experiment.SpecSource;
import fflab.experiment.Sweep;
import fflab.experiment.store.ExperimentStore;
import fflab.experiment.store.RunsTable;
import fflab.io.Json;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a sweep's runs into its {@link ExperimentStore}, one after another in this process, or
 * through a {@link RunDispatcher} (child processes, a cluster); prints a line per run and updates {@code runs.csv}
 * after each.
 */
public final class SweepRunner {
    /** runs.csv is rewritten at most this often while runs end (it reads every run's marker), and at the end. */
    private static final long TABLE_INTERVAL_NANOS = 10_000_000_000L;

    private final ExperimentStore store;
    private final Sweep sweep;
    private final CostModel cost;
    private final PrintStream out;
    private long tableWrittenNanos = System.nanoTime() - TABLE_INTERVAL_NANOS;

    public SweepRunner(ExperimentStore store, Sweep sweep, CostModel cost, PrintStream out) {
        this.store = store;
        this.sweep = sweep;
        this.cost = cost;
        this.out = out;
    }

    /** Every run of the sweep, one at a time, in this process. */
    public SweepSummary runHere(RunTask task) {
        return runHere(task, sweep.runs());
    }

    /** Only {@code runs}, in this process (a worker process runs one). */
    public SweepSummary runHere(RunTask task, List<PlannedRun> runs) {
        writeSweepFile();
        SweepSummary summary = new SweepSummary();
        RunAttempt attempt = new RunAttempt(store, sweep, task);
        try (SweepProgress progress = new SweepProgress(sweep.spec().name(), pending(runs), cost)) {
            for (int i = 0; i < runs.size(); i++) {
                PlannedRun run = runs.get(i);
                String label = label(i, runs.size(), run);
                progress.running(label);
                AttemptResult r = attempt.attempt(run, progress.monitor(run, label));
                progress.ended(run);
                report(summary, label, r);
            }
        }
        writeTable();
        return summary;
    }

    /** Every run through {@code pool}: child processes here ({@link WorkerPool}) or a cluster's tasks. */
    public SweepSummary runInWorkers(RunDispatcher pool) {
        writeSweepFile();
        SweepSummary summary = new SweepSummary();
        List<PlannedRun> runs = sweep.runs();
        Map<RunId, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            labels.put(runs.get(i).id(), label(i, runs.size(), runs.get(i)));
        }
        try (SweepProgress progress = new SweepProgress(sweep.spec().name(), pending(runs), cost)) {
            pool.run(runs, store, sweep.spec().name(), running -> progress.running("running " + running),
                    r -> {
                        progress.ended(r.run());
                        report(summary, labels.get(r.run().id()), r);
                    });
        }
        writeTable();
        return summary;
    }

    private List<PlannedRun> pending(List<PlannedRun> runs) {
        return runs.stream().filter(store::needsWork).toList();
    }

    private synchronized void report(SweepSummary summary, String label, AttemptResult r) {
        summary.add(r);
        out.println(label + ": " + r.describe());
        out.flush();
        if (r.kind() != AttemptResult.Kind.SKIPPED && System.nanoTime() - tableWrittenNanos > TABLE_INTERVAL_NANOS) {
            writeTable();
        }
    }

    /**
     * Records what this sweep is: a copy of the spec text ({@code spec.yaml}), the resolved scale,
     * every {@code --set}, and every run's id and summary.
     */
    private void writeSweepFile() {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("experiment", sweep.spec().name());
        file.put("description", sweep.spec().description());
        SpecSource source = sweep.source();
        if (source != null) {
            store.saveSpec(source);
            file.put("spec", ExperimentStore.SPEC_YAML);
            file.put("specSha256", source.sha256());
            file.put("specFile", source.file());
        } else {
            file.put("spec", sweep.spec().source());
        }
        file.put("scale", sweep.spec().scale());
        file.put("sets", source != null ? source.sets() : List.of());
        Map<String, String> runs = new LinkedHashMap<>();
        sweep.runs().forEach(r -> runs.put(r.id().value(), r.summary()));
        file.put("runs", runs);
        Json.write(store.dir().resolve(ExperimentStore.SWEEP_JSON), file);
    }

    /** Writes runs.csv from what is on disk now. */
    private void writeTable() {
        RunsTable.write(store, sweep);
        tableWrittenNanos = System.nanoTime();
    }

    private static String label(int index, int total, PlannedRun run) {
        return "[" + (index + 1) + "/" + total + "] " + run.id() + " " + run.summary();
    }
}
