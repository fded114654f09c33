package fflab.experiment.sweep;

import fflab.FflabException;
import fflab.experiment.PlannedRun;
import fflab.experiment.RunId;
import fflab.experiment.store.DoneMarker;
import fflab.experiment.store.ExperimentStore;
import fflab.experiment.store.FailureRecord;
import fflab.experiment.store.RunLock;
import fflab.experiment.store.RunState;
import fflab.io.Json;
import fflab.run.RunFiles;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs each run in a child JVM, {@code workers} at a time. Child processes because ND4J's and
 * OpenBLAS's thread counts are global to a process: only separate processes can give each run
 * its own share of the cores. Each child is {@code fflab sweep ... --worker ID --threads T}; it
 * takes the run's lock and writes the markers itself, and exits when this process dies (it
 * watches its standard input, a pipe from here), so a killed sweep leaves no orphan training.
 */
public final class WorkerPool implements RunDispatcher {
    /** A child's exit code when another sweep holds the run's lock. */
    public static final int EXIT_BUSY = 3;
    /** A child's exit code when the run had finished before it looked (by another sweep): nothing was run. */
    public static final int EXIT_SKIPPED = 4;
    private static final long POLL_MILLIS = 200;
    private static final int OUTPUT_TAIL_CHARS = 4000;

    private final int workers;
    private final Function<RunId, List<String>> command;

    /** @param command the child's full command line for one run */
    public WorkerPool(int workers, Function<RunId, List<String>> command) {
        this.workers = workers;
        this.command = command;
    }

    private record Child(PlannedRun run, Process process, long startNanos) {}

    @Override
    public void run(List<PlannedRun> runs, ExperimentStore store, String experiment, Consumer<String> runningChanged,
                    Consumer<AttemptResult> ended) {
        Deque<PlannedRun> queue = new ArrayDeque<>(runs);
        Map<RunId, Child> running = new LinkedHashMap<>();
        while (!queue.isEmpty() || !running.isEmpty()) {
            while (running.size() < workers && !queue.isEmpty()) {
                PlannedRun run = queue.poll();
                if (!store.needsWork(run)) {
                    ended.accept(AttemptResult.of(run, AttemptResult.Kind.SKIPPED));
                    continue;
                }
                running.put(run.id(), start(run, store));
                runningChanged.accept(String.join(", ", running.keySet().stream().map(RunId::value).toList()));
            }
            RunDispatcher.pause(POLL_MILLIS);
            for (Iterator<Child> it = running.values().iterator(); it.hasNext(); ) {
                Child child = it.next();
                if (!child.process().isAlive()) {
                    it.remove();
                    ended.accept(outcome(child, store, experiment));
                }
            }
        }
    }

    private Child start(PlannedRun run, ExperimentStore store) {
        Path log = store.workerLog(run.id());
        try {
            Files.createDirectories(log.getParent());
            Process p = new ProcessBuilder(command.apply(run.id()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                    .start(); // standard input stays a pipe from this process: the child's lifeline
            return new Child(run, p, System.nanoTime());
        } catch (IOException e) {
            throw new FflabException("cannot start a worker process: " + e.getMessage(), e);
        }
    }

    /**
     * What a worker's exit code and the run's markers say became of the run, or empty when the
     * worker died without saying (killed, JVM crash).
     */
    public static Optional<AttemptResult> answer(PlannedRun run, int exit, ExperimentStore store) {
        RunState state = store.state(run.id());
        if (exit == EXIT_BUSY) {
            return Optional.of(AttemptResult.of(run, AttemptResult.Kind.BUSY));
        }
        if (exit == EXIT_SKIPPED && state == RunState.DONE) {
            return Optional.of(AttemptResult.of(run, AttemptResult.Kind.SKIPPED));
        }
        if (state == RunState.DONE) {
            DoneMarker done = Json.read(store.file(run.id(), RunFiles.DONE), DoneMarker.class);
            return Optional.of(new AttemptResult(run, AttemptResult.Kind.FINISHED, done, null));
        }
        if (state == RunState.FAILED && exit != 0) {
            FailureRecord f = Json.read(store.file(run.id(), RunFiles.FAILED), FailureRecord.class);
            return Optional.of(new AttemptResult(run, AttemptResult.Kind.FAILED, null, f.type() + ": " + f.message()));
        }
        return Optional.empty();
    }

    private static AttemptResult outcome(Child child, ExperimentStore store, String experiment) {
        PlannedRun run = child.run();
        int exit = child.process().exitValue();
        Optional<AttemptResult> answer = answer(run, exit, store);
        if (answer.isPresent()) {
            return answer.get();
        }
        // the child died without a marker (killed, JVM crash): record it, unless someone else runs it now
        double seconds = (System.nanoTime() - child.startNanos()) / 1e9;
        FailureRecord f = FailureRecord.ofWorker(run.id().value(), experiment, exit, tail(store.workerLog(run.id())),
                seconds);
        Optional<RunLock> lock = store.tryLock(run.id());
        if (lock.isPresent()) {
            try {
                Json.write(store.file(run.id(), RunFiles.FAILED), f);
            } finally {
                lock.get().close();
            }
        }
        return new AttemptResult(run, AttemptResult.Kind.FAILED, null,
                f.message() + "; see " + store.workerLog(run.id()));
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log);
            return text.substring(Math.max(0, text.length() - OUTPUT_TAIL_CHARS));
        } catch (IOException e) {
            return "(no worker output: " + e.getMessage() + ")";
        }
    }

    /** The command line that starts fflab in a new JVM like this one: same java, JVM options and classpath. */
    public static List<String> javaCommand() {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-agentlib:jdwp")) // a debugger port cannot be shared
                .forEach(cmd::add);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("fflab.cli.Main");
        return cmd;
    }

    /**
     * For a worker process: end this JVM when standard input closes, i.e. when the parent sweep
     * dies (even by kill -9), so that no training goes on unowned.
     */
    public static void exitWithParent() {
        Thread watchdog = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // the parent never writes; wait for end of stream
                }
            } catch (IOException e) {
                // a broken pipe means the same: the parent is gone
            }
            Runtime.getRuntime().halt(137);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
