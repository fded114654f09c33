package fflab.cli;

import fflab.FflabException;
import fflab.experiment.PlannedRun;
import fflab.experiment.RunId;
import fflab.experiment.Sweep;
import fflab.experiment.spec.ModelRegistry;
import fflab.experiment.store.ExperimentStore;
import fflab.experiment.sweep.AttemptResult;
import fflab.experiment.sweep.CostModel;
import fflab.experiment.sweep.DryRun;
import fflab.experiment.sweep.EngineSettings;
import fflab.experiment.sweep.PostTrainingStep;
import fflab.experiment.sweep.SweepEngine;
import fflab.experiment.sweep.SweepRunner;
import fflab.experiment.sweep.SweepSummary;
import fflab.experiment.sweep.TrainingTask;
import fflab.experiment.sweep.WorkerArguments;
import fflab.experiment.sweep.WorkerPool;
import fflab.provenance.Threads;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fflab sweep SPEC}: run every run of an experiment into results/<experiment>/, resumably. */
@Command(name = "sweep",
        description = {"Run an experiment spec: every run of its sweep into RESULTS/<experiment>/<run-id>/, then "
                + "RESULTS/<experiment>/runs.csv. Finished runs are skipped, unfinished ones redone from scratch, "
                + "so rerunning after an interruption resumes. Exit code 0 when no run failed, 1 otherwise, "
                + "2 for a bad spec."})
public final class SweepCommand extends FflabCommand implements Callable<Integer> {
    private static final String LOCAL_ENGINE = "local";

    @Mixin
    SpecArguments arguments;

    @Option(names = "--dry-run", description = "List every run with its id, status, summary and estimated cost; "
            + "run nothing.")
    boolean dryRun;

    @Mixin
    ResultsOption results;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "1",
            description = "Runs at a time; more than 1 runs each in its own JVM (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0",
            description = "CPU threads per run; 0 = the cores divided by the workers (default). "
                    + "Workers x threads must not exceed the cores.")
    int threads;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--engine", paramLabel = "NAME", defaultValue = LOCAL_ENGINE,
            description = "Where the runs run: 'local' (this machine: in this JVM, or --workers child JVMs) or "
                    + "'spark' (one Spark task per unfinished run, spark.task.cpus = --threads, default 1; needs "
                    + "bin/fflab-spark or spark-submit, and RESULTS on a file system every executor shares) "
                    + "(default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "With --engine spark: the Spark master, e.g. spark://host:7077 or yarn "
                    + "(default: spark-submit's --master, or spark.master).")
    String master;

    @Option(names = "--worker", paramLabel = "RUN_ID", hidden = true,
            description = "Run only this run, as a worker process of a parallel sweep; exits with its parent.")
    String workerRun;

    @Override
    public Integer call() {
        Sweep sweep = arguments.plan();
        if (workerRun == null) {
            SpecArguments.warn(sweep, err());
        }
        ExperimentStore store = ExperimentStore.of(results.dir, sweep.spec().name());
        ModelRegistry registry = ModelRegistry.standard();
        CostModel cost = CostModel.measured2Cores(registry);
        PrintWriter out = out();
        if (dryRun) {
            DryRun.print(sweep, store, cost, workers, out);
            return 0;
        }
        int threadsPerRun = threadsPerRun();
        SweepRunner runner = new SweepRunner(store, sweep, cost, System.out);
        TrainingTask task = new TrainingTask(dataDir.resolve(), registry, PostTrainingStep.ADS);
        if (workerRun != null) {
            return runAsWorker(sweep, runner, task, threadsPerRun);
        }
        if (!engine.equals(LOCAL_ENGINE)) {
            return runOnEngine(sweep, store, runner, threadsPerRun);
        }
        System.out.printf("experiment %s: %d runs into %s, %d worker(s) x %d thread(s)%n", sweep.spec().name(),
                sweep.runs().size(), store.dir(), workers, threadsPerRun);
        SweepSummary summary;
        if (workers == 1) {
            Threads.configure(threadsPerRun);
            summary = runner.runHere(task);
        } else {
            WorkerArguments worker = workerArguments(sweep, threadsPerRun);
            summary = runner.runInWorkers(new WorkerPool(workers, id -> {
                List<String> cmd = new ArrayList<>(WorkerPool.javaCommand());
                cmd.addAll(worker.forRun(worker.specPath(), id.value()));
                return cmd;
            }));
        }
        System.out.println(summary.line());
        System.out.println("table: " + store.dir().resolve(ExperimentStore.RUNS_CSV));
        System.out.flush();
        return summary.exitCode();
    }

    /** Every unfinished run as a task of a cluster engine; this process only plans, watches and writes the table. */
    private int runOnEngine(Sweep sweep, ExperimentStore store, SweepRunner runner, int threadsPerRun) {
        if (master != null && master.isBlank()) {
            throw new FflabException("--master must not be empty");
        }
        if (workers != 1) {
            throw new FflabException("--workers is for the local engine; with --engine " + engine + " each executor "
                    + "runs as many runs as it has cores / --threads");
        }
        SweepEngine cluster = SweepEngine.named(engine);
        System.out.printf("experiment %s: %d runs into %s, engine %s, %d thread(s) per run%n", sweep.spec().name(),
                sweep.runs().size(), store.dir(), engine, threadsPerRun);
        SweepSummary summary = runner.runInWorkers(cluster.dispatcher(
                new EngineSettings(master, threadsPerRun, workerArguments(sweep, threadsPerRun))));
        System.out.println(summary.line());
        System.out.println("table: " + store.dir().resolve(ExperimentStore.RUNS_CSV));
        System.out.flush();
        return summary.exitCode();
    }

    private int runAsWorker(Sweep sweep, SweepRunner runner, TrainingTask task, int threadsPerRun) {
        WorkerPool.exitWithParent();
        PlannedRun run = RunId.isRunId(workerRun) ? sweep.find(new RunId(workerRun)) : null;
        if (run == null) {
            throw new FflabException("run " + workerRun + " is not in this sweep (did the spec change?)");
        }
        Threads.configure(threadsPerRun);
        SweepSummary summary = runner.runHere(task, List.of(run));
        if (summary.count(AttemptResult.Kind.BUSY) > 0) {
            return WorkerPool.EXIT_BUSY;
        }
        return summary.count(AttemptResult.Kind.SKIPPED) > 0 ? WorkerPool.EXIT_SKIPPED : summary.exitCode();
    }

    private int threadsPerRun() {
        int cores = Runtime.getRuntime().availableProcessors();
        if (!engine.equals(LOCAL_ENGINE) && workerRun == null) {
            return threads > 0 ? threads : 1; // the cluster's cores, not this machine's
        }
        if (workers < 1 || threads < 0) {
            throw new FflabException("--workers must be 1 or more and --threads 0 or more");
        }
        int t = threads > 0 ? threads : Math.max(1, cores / workers);
        if (workerRun == null && (long) workers * t > cores) {
            throw new FflabException(workers + " workers x " + t + " threads = " + workers * t + " exceeds the "
                    + cores + " cores; lower --workers or --threads");
        }
        return t;
    }

    /** The worker command's arguments: the same sweep, for one run, with {@code threadsPerRun} threads. */
    private WorkerArguments workerArguments(Sweep sweep, int threadsPerRun) {
        Path specFile = arguments.spec.toAbsolutePath();
        try {
            return new WorkerArguments(specFile.toString(), Files.readString(specFile), sweep.spec().name(),
                    results.dir.toAbsolutePath().toString(), threadsPerRun, arguments.maxRuns,
                    dataDir.path == null ? null : dataDir.path.toAbsolutePath().toString(), arguments.sets);
        } catch (IOException e) {
            throw new FflabException("cannot read " + specFile + ": " + e.getMessage(), e);
        }
    }
}
