package fflab.spark;

import fflab.experiment.RunId;
import fflab.experiment.store.ExperimentStore;
import fflab.experiment.sweep.WorkerArguments;
import fflab.experiment.sweep.WorkerPool;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;

/**
 * One Spark task: runs one run with the same worker command as the local pool
 * ({@code fflab sweep SPEC --worker ID --threads T}) in a child JVM of the executor, so that the
 * run gets its own ND4J thread settings and fflab's own libraries whatever Spark puts on the
 * executor's class path. The child takes the run's lock and writes done.json or failed.json
 * itself, and halts when this executor dies (its standard input is a pipe from here).
 *
 * <p>Exit codes 0-4 are the worker's answers (finished, failed and recorded in failed.json, bad
 * spec, run busy, run finished earlier): the task succeeds, so Spark never retries a deterministic
 * failure. Any other exit (killed, JVM crash) throws, and Spark retries the task.
 */
final class WorkerTask implements Function<String, TaskAnswer> {
    private static final long serialVersionUID = 1L;
    private static final int LAST_ANSWER_EXIT = WorkerPool.EXIT_SKIPPED;
    private static final long BUSY_POLL_MILLIS = 1000;

    private final WorkerArguments worker;
    private final String javaOptions;
    private final String classPath;
    private final long busyWaitMillis;

    /**
     * @param classPath the child's class path, or null for fflab's own jar (the application jar) followed by the
     *                  executor's class path
     * @param busyWaitSeconds how long a retried attempt waits for the lock of a run whose earlier attempt may still
     *                        be dying
     */
    WorkerTask(WorkerArguments worker, String javaOptions, String classPath, long busyWaitSeconds) {
        this.worker = worker;
        this.javaOptions = javaOptions;
        this.classPath = classPath;
        this.busyWaitMillis = busyWaitSeconds * 1000;
    }

    @Override
    public TaskAnswer call(String runId) throws Exception {
        TaskContext context = TaskContext.get();
        int attempt = context == null ? 0 : context.attemptNumber();
        ExperimentStore store = ExperimentStore.of(Path.of(worker.results()), worker.experiment());
        Path log = store.workerLog(new RunId(runId));
        Files.createDirectories(log.getParent());
        List<String> command = command(runId);
        // a retry may find the lock still held by the dying child of the lost attempt: wait for it a while
        long deadline = System.currentTimeMillis() + (attempt > 0 ? busyWaitMillis : 0);
        while (true) {
            appendLine(log, "spark task attempt " + attempt + " of run " + runId + " on "
                    + InetAddress.getLocalHost().getHostName() + " at " + Instant.now());
            int exit = runChild(command, log);
            if (exit == WorkerPool.EXIT_BUSY && System.currentTimeMillis() < deadline) {
                Thread.sleep(BUSY_POLL_MILLIS);
                continue;
            }
            if (exit >= 0 && exit <= LAST_ANSWER_EXIT) {
                return new TaskAnswer(runId, exit, attempt);
            }
            throw new IllegalStateException("the worker of run " + runId + " died with exit code " + exit
                    + " (killed or crashed); see " + log);
        }
    }

    private static int runChild(List<String> command, Path log) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start(); // standard input stays a pipe from this executor: the child's lifeline
        try {
            return child.waitFor();
        } catch (InterruptedException e) { // the task was killed: so is its run
            child.destroyForcibly();
            throw e;
        }
    }

    private List<String> command(String runId) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Arrays.stream(javaOptions.trim().split("\\s+")).filter(o -> !o.isEmpty()).forEach(cmd::add);
        cmd.add("-cp");
        cmd.add(classPath != null ? classPath : ownJar() + File.pathSeparator + System.getProperty("java.class.path"));
        cmd.add("fflab.cli.Main");
        cmd.addAll(worker.forRun(specHere().toString(), runId));
        return cmd;
    }

    /** Where fflab's classes come from here: the application jar Spark fetched (or a classes folder). */
    private static String ownJar() {
        try {
            return Path.of(fflab.cli.Main.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The driver's spec file when this machine sees it unchanged, otherwise a copy of its text. */
    private Path specHere() throws IOException {
        Path spec = Path.of(worker.specPath());
        if (Files.isReadable(spec) && Files.readString(spec).equals(worker.specText())) {
            return spec;
        }
        Path dir = Files.createTempDirectory("fflab-spec");
        Path copy = dir.resolve(spec.getFileName().toString()); // same file name: the same default experiment name
        Files.writeString(copy, worker.specText());
        return copy;
    }

    private static void appendLine(Path file, String line) {
        try {
            Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
