package fflab.spark;

import fflab.FflabException;
import fflab.experiment.PlannedRun;
import fflab.experiment.RunId;
import fflab.experiment.store.ExperimentStore;
import fflab.experiment.sweep.AttemptResult;
import fflab.experiment.sweep.EngineSettings;
import fflab.experiment.sweep.RunDispatcher;
import fflab.experiment.sweep.WorkerPool;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.spark.SparkConf;
import org.apache.spark.Success$;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Runs a sweep's unfinished runs as Spark tasks: one single-task job per run (so each run is
 * reported the moment it ends, and one run that Spark gives up on does not cancel the others),
 * each task running the run's worker command ({@link WorkerTask}). The driver (this process)
 * only submits and watches; the runs' markers, written by the workers on the shared results
 * folder, remain the only record of what finished.
 */
final class SparkDispatcher implements RunDispatcher {
    /** Spark setting: the worker JVM's options (default: $FFLAB_JAVA_OPTS of the driver, else -Xmx8g). */
    static final String WORKER_JAVA_OPTIONS = "spark.fflab.worker.javaOptions";
    /** Spark setting: the worker JVM's class path (default: the application jar, then the executor's class path). */
    static final String WORKER_CLASS_PATH = "spark.fflab.worker.classPath";
    /** Spark setting: how long a retried task waits for a lock its lost attempt may still hold (default 60 s). */
    static final String BUSY_WAIT_SECONDS = "spark.fflab.worker.busyWaitSeconds";
    private static final long POLL_MILLIS = 250;

    private final EngineSettings settings;

    SparkDispatcher(EngineSettings settings) {
        this.settings = settings;
    }

    @Override
    public void run(List<PlannedRun> runs, ExperimentStore store, String experiment, Consumer<String> runningChanged,
                    Consumer<AttemptResult> ended) {
        List<PlannedRun> todo = new ArrayList<>();
        for (PlannedRun run : runs) {
            if (store.isDone(run.id())) {
                ended.accept(new AttemptResult(run, AttemptResult.Kind.SKIPPED, null, null));
            } else {
                todo.add(run);
            }
        }
        if (todo.isEmpty()) {
            return; // nothing to submit: no Spark application at all
        }
        long start = System.nanoTime();
        try (JavaSparkContext sc = new JavaSparkContext(conf(experiment))) {
            sc.setLogLevel("WARN");
            AtomicInteger lostAttempts = new AtomicInteger();
            sc.sc().addSparkListener(new SparkListener() {
                @Override
                public void onTaskEnd(SparkListenerTaskEnd end) {
                    if (end.reason() != Success$.MODULE$) {
                        lostAttempts.incrementAndGet();
                    }
                }
            });
            System.out.printf("spark: application %s on %s, started in %.1f s%n", sc.sc().applicationId(),
                    sc.master(), (System.nanoTime() - start) / 1e9);
            WorkerTask task = new WorkerTask(settings.worker(), sc.getConf().get(WORKER_JAVA_OPTIONS),
                    sc.getConf().get(WORKER_CLASS_PATH, null), sc.getConf().getLong(BUSY_WAIT_SECONDS, 60));
            Map<PlannedRun, JavaFutureAction<List<TaskAnswer>>> jobs = new LinkedHashMap<>();
            for (PlannedRun run : todo) {
                sc.setJobDescription("run " + run.id() + " " + run.summary());
                jobs.put(run, sc.parallelize(List.of(run.id().value()), 1).map(task).collectAsync());
            }
            watch(jobs, store, runningChanged, ended, sc.master());
            if (lostAttempts.get() > 0) {
                System.out.println("spark: " + lostAttempts.get() + " task attempt(s) lost and retried");
            }
        }
    }

    /** Reports each run as its job ends, until all have. */
    private static void watch(Map<PlannedRun, JavaFutureAction<List<TaskAnswer>>> jobs, ExperimentStore store,
                              Consumer<String> runningChanged, Consumer<AttemptResult> ended, String master) {
        int total = jobs.size();
        while (!jobs.isEmpty()) {
            for (Iterator<Map.Entry<PlannedRun, JavaFutureAction<List<TaskAnswer>>>> it = jobs.entrySet().iterator();
                 it.hasNext(); ) {
                Map.Entry<PlannedRun, JavaFutureAction<List<TaskAnswer>>> job = it.next();
                if (job.getValue().isDone()) {
                    it.remove();
                    ended.accept(outcome(job.getKey(), job.getValue(), store));
                }
            }
            runningChanged.accept((total - jobs.size()) + " of " + total + " runs ended on " + master);
            RunDispatcher.pause(POLL_MILLIS);
        }
    }

    private static AttemptResult outcome(PlannedRun run, JavaFutureAction<List<TaskAnswer>> job,
                                         ExperimentStore store) {
        try {
            TaskAnswer answer = job.get().get(0);
            return WorkerPool.answer(run, answer.exit(), store).orElseGet(() -> new AttemptResult(run,
                    AttemptResult.Kind.FAILED, null, "the worker exited with " + answer.exit()
                    + " and left no marker; see " + store.workerLog(run.id())));
        } catch (ExecutionException e) { // Spark gave up (spark.task.maxFailures attempts lost)
            if (store.isDone(run.id())) { // a lost attempt had finished it after all
                return WorkerPool.answer(run, 0, store).orElseThrow();
            }
            return new AttemptResult(run, AttemptResult.Kind.FAILED, null, "Spark gave up on it: "
                    + rootMessage(e) + "; the run folder stays unfinished (a later sweep redoes it); see "
                    + store.workerLog(run.id()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FflabException("sweep interrupted");
        }
    }

    private SparkConf conf(String experiment) {
        SparkConf conf = new SparkConf().setAppName("fflab sweep " + experiment);
        if (settings.master() != null) {
            conf.setMaster(settings.master());
        } else if (!conf.contains("spark.master")) {
            throw new FflabException("no Spark master: give --master URL (spark://host:7077, yarn, k8s://...) "
                    + "or run through spark-submit --master URL");
        }
        conf.set("spark.task.cpus", Integer.toString(settings.threadsPerRun()));
        conf.set("spark.speculation", "false"); // a speculative copy would only find the run's lock taken
        conf.set("spark.ui.showConsoleProgress", "false"); // one progress bar: the sweep's
        conf.setIfMissing("spark.task.maxFailures", "4");
        String fflabOptions = System.getenv("FFLAB_JAVA_OPTS");
        conf.setIfMissing(WORKER_JAVA_OPTIONS, fflabOptions != null ? fflabOptions : "-Xmx8g");
        return conf;
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        String m = c.getMessage() == null ? c.toString() : c.getMessage();
        int newline = m.indexOf('\n');
        return newline < 0 ? m : m.substring(0, newline);
    }
}
