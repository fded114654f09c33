package fflab.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fflab.cli.Main;
import fflab.data.DataDirectory;
import fflab.experiment.Experiments;
import fflab.experiment.PlannedRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * fflab sweep --engine spark against a real standalone cluster (a master and two one-core
 * workers in child JVMs on 127.0.0.1), each driver a child JVM like a user's: same run ids,
 * metrics and predictions as the local engine; a worker killed mid-run; two drivers on one
 * folder; a run that throws. The kill test runs last: it takes a worker away.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SparkSweepTest {
    private static final Duration DRIVER_TIMEOUT = Duration.ofMinutes(8);
    private static final Pattern FINISHED_LINE = Pattern.compile("^\\[\\d+/\\d+] ([0-9a-f]+) .*: done, ",
            Pattern.MULTILINE);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** FF and BP, 2 seeds, 2,000 MNIST images: four small runs. */
    private static final String SMALL_SPEC = """
            name: spark-small
            description: FF and BP, 2 seeds, small data, for the Spark engine tests
            dataset: [mnist]
            seed: [1, 2]
            data:
              train_limit: 2000
              validation_size: 500
              probe_train_size: 0
            models:
              ff-mlp:
                hidden: [64]
                epochs: 2
                batch_size: 100
                eval_every: 0
              bp-mlp:
                hidden: [64]
                epochs: 1
                batch_size: 100
                eval_every: 0
            """;

    private Path tmp;
    private StandaloneCluster cluster;
    private Path spec;
    private Path data;

    @BeforeAll
    void startCluster(@TempDir Path dir) throws Exception {
        tmp = dir;
        cluster = new StandaloneCluster(Files.createDirectories(tmp.resolve("cluster")), 2);
        spec = Files.writeString(tmp.resolve("spark-small.yaml"), SMALL_SPEC);
        data = DataDirectory.resolve(null).places().stream().map(DataDirectory.Place::directory)
                .filter(d -> Files.isDirectory(d.resolve("mnist"))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no MNIST: see README, Data"));
    }

    @AfterAll
    void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void sparkSweepMatchesTheLocalEngineRunForRun() throws Exception {
        Path local = tmp.resolve("local");
        Path spark = tmp.resolve("spark");
        assertThat(dryRun(local, "spark")).isEqualTo(dryRun(local, "local"));

        Driver localSweep = Driver.start(fflab("sweep", spec, "--results", local, "--threads", 1, "--data-dir", data),
                tmp.resolve("local.out"), Map.of());
        Driver sparkSweep = sparkDriver(spark, spec, "spark.out", List.of());
        assertThat(localSweep.awaitExit()).as(localSweep.output()).isZero();
        assertThat(sparkSweep.awaitExit()).as(sparkSweep.output()).isZero();

        List<String> ids = ids(spec);
        assertThat(ids).hasSize(4);
        Path localDir = local.resolve("spark-small");
        Path sparkDir = spark.resolve("spark-small");
        for (String id : ids) {
            assertThat(sparkDir.resolve(id).resolve("done.json")).exists();
            JsonNode l = JSON.readTree(localDir.resolve(id).resolve("metrics.json").toFile());
            JsonNode s = JSON.readTree(sparkDir.resolve(id).resolve("metrics.json").toFile());
            assertThat(s.get("test")).as("test metrics of " + id).isEqualTo(l.get("test"));
            assertThat(s.get("validation")).as("validation metrics of " + id).isEqualTo(l.get("validation"));
            assertThat(Files.readString(sparkDir.resolve(id).resolve("predictions.csv")))
                    .isEqualTo(Files.readString(localDir.resolve(id).resolve("predictions.csv")));
        }
        assertThat(sparkDir.resolve("runs.csv")).exists();
        assertThat(Files.readAllLines(sparkDir.resolve("runs.csv"))).hasSize(ids.size() + 1);
        assertThat(JSON.readTree(sparkDir.resolve("sweep.json").toFile()).get("runs").size()).isEqualTo(4);
        assertThat(sparkSweep.output()).as("the sweep's progress bar, not Spark's").contains("spark-small (4 runs to do)")
                .doesNotContain("[Stage ");
        assertThat(finishedCounts(sparkSweep.output())).containsOnlyKeys(ids).allSatisfy((id, n) -> assertThat(n)
                .isEqualTo(1));
    }

    @Test
    @Order(2)
    void aRunThatThrowsIsRecordedNotRetriedAndTheDriverExitsNonZero() throws Exception {
        Path brokenData = tmp.resolve("broken-data");
        Path fashion = Files.createDirectories(brokenData.resolve("fashion-mnist"));
        try (Stream<Path> files = Files.list(data.resolve("fashion-mnist"))) {
            for (Path f : files.toList()) {
                if (f.getFileName().toString().startsWith("train-labels")) { // cut short: the checksum fails
                    byte[] bytes = Files.readAllBytes(f);
                    Files.write(fashion.resolve(f.getFileName()), java.util.Arrays.copyOf(bytes, bytes.length / 2));
                } else {
                    Files.createSymbolicLink(fashion.resolve(f.getFileName()), f);
                }
            }
        }
        Path failing = Files.writeString(tmp.resolve("spark-failing.yaml"), """
                name: spark-failing
                dataset: [fashion-mnist]
                data:
                  train_limit: 1000
                  validation_size: 500
                  probe_train_size: 0
                models:
                  bp-mlp:
                    hidden: [16]
                    epochs: 1
                """);
        Path results = tmp.resolve("failing");
        Driver driver = sparkDriver(results, failing, brokenData, "failing.out", List.of());
        assertThat(driver.awaitExit()).as(driver.output()).isEqualTo(1);
        String id = ids(failing).get(0);
        Path run = results.resolve("spark-failing").resolve(id);
        assertThat(run.resolve("failed.json")).exists();
        assertThat(run.resolve("done.json")).doesNotExist();
        assertThat(JSON.readTree(run.resolve("failed.json").toFile()).toString()).containsIgnoringCase("checksum");
        assertThat(attempts(results.resolve("spark-failing"), id)).as("Spark must not retry a failure").isEqualTo(1);
        assertThat(driver.output()).contains("FAILED").doesNotContain("lost and retried");
    }

    @Test
    @Order(3)
    void twoDriversOnOneFolderNeverTrainTheSameRunTwice() throws Exception {
        Path results = tmp.resolve("two-drivers");
        List<String> oneCoreEach = List.of();
        Driver a = sparkDriver(results, spec, "driver-a.out", oneCoreEach, "-Dspark.cores.max=1");
        Driver b = sparkDriver(results, spec, "driver-b.out", oneCoreEach, "-Dspark.cores.max=1");
        assertThat(a.awaitExit()).as(a.output()).isZero();
        assertThat(b.awaitExit()).as(b.output()).isZero();
        Map<String, Integer> trained = finishedCounts(a.output());
        finishedCounts(b.output()).forEach((id, n) -> trained.merge(id, n, Integer::sum));
        List<String> ids = ids(spec);
        assertThat(trained).as(a.output() + "\n" + b.output()).containsOnlyKeys(ids)
                .allSatisfy((id, n) -> assertThat(n).as("times run %s was trained", id).isEqualTo(1));
        for (String id : ids) {
            assertThat(results.resolve("spark-small").resolve(id).resolve("done.json")).exists();
        }
    }

    @Test
    @Order(4)
    void aWorkerKilledMidRunIsRetriedAndNothingFinishedIsRedone() throws Exception {
        Path results = tmp.resolve("killed");
        Path dir = results.resolve("spark-small");
        // longer runs than the others, so that the kill lands in the middle of one
        List<String> longer = List.of("--set", "data.train_limit=6000", "--set", "models.ff-mlp.epochs=4");
        Driver driver = sparkDriver(results, spec, "killed.out", longer);
        List<String> ids = ids(spec, longer.get(1), longer.get(3));

        long deadline = System.nanoTime() + DRIVER_TIMEOUT.toNanos();
        Optional<Process> victim = Optional.empty();
        ProcessHandle runChild = null;
        String killed = null;
        while (victim.isEmpty() && System.nanoTime() < deadline && driver.process.isAlive()) {
            Thread.sleep(200);
            if (ids.stream().noneMatch(id -> Files.exists(dir.resolve(id).resolve("done.json")))) {
                continue; // wait for a finished run: it must survive the kill untouched
            }
            for (Process w : cluster.workers()) {
                Optional<ProcessHandle> training = w.descendants()
                        .filter(p -> arguments(p).contains("--worker")).findFirst();
                if (training.isPresent() && Files.exists(runFolderOf(dir, training.get()).resolve("run.json"))) {
                    victim = Optional.of(w);
                    runChild = training.get();
                    killed = runFolderOf(dir, runChild).getFileName().toString();
                }
            }
        }
        assertThat(victim).as("a worker running a run, after one has finished\n" + driver.output()).isPresent();
        Map<String, FileTime> finishedBefore = new HashMap<>();
        Map<String, String> doneBefore = new HashMap<>();
        for (String id : ids) {
            Path done = dir.resolve(id).resolve("done.json");
            if (Files.exists(done)) {
                finishedBefore.put(id, Files.getLastModifiedTime(done));
                doneBefore.put(id, Files.readString(done));
            }
        }
        // kill -9 the worker daemon and its executor, as a lost node; the run's JVM must end by itself
        Process worker = victim.get();
        worker.children().forEach(ProcessHandle::destroyForcibly);
        worker.destroyForcibly();
        ProcessHandle orphan = runChild;
        assertThat(orphan.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();

        assertThat(driver.awaitExit()).as(driver.output()).isZero();
        assertThat(driver.output()).contains("lost and retried");
        for (String id : ids) {
            Path run = dir.resolve(id);
            assertThat(run.resolve("done.json")).exists();
            if (finishedBefore.containsKey(id)) {
                assertThat(Files.getLastModifiedTime(run.resolve("done.json"))).isEqualTo(finishedBefore.get(id));
                assertThat(Files.readString(run.resolve("done.json"))).isEqualTo(doneBefore.get(id));
                // done.json unchanged (content and time) is what proves the run was not redone: a run whose
                // done.json was written but whose task had not yet reported back when its executor died is
                // retried by Spark, and that attempt finds the run finished and answers "skipped"
                assertThat(attempts(dir, id)).as("run %s finished before the kill", id).isBetween(1L, 2L);
            }
            try (Stream<Path> files = Files.walk(run)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    assertThat(f.getFileName().toString()).doesNotEndWith(".tmp");
                    if (f.toString().endsWith(".json")) {
                        JSON.readTree(f.toFile()); // parses: not cut short
                    }
                }
            }
        }
        assertThat(attempts(dir, killed)).as("the killed run was retried").isGreaterThanOrEqualTo(2);

        Driver again = Driver.start(fflab("sweep", spec, "--results", results, "--threads", 1, "--data-dir", data,
                longer.get(0), longer.get(1), longer.get(2), longer.get(3)), tmp.resolve("again.out"), Map.of());
        assertThat(again.awaitExit()).as(again.output()).isZero();
        assertThat(again.output()).contains("4 runs: 0 finished, 4 skipped");
    }

    // --- helpers

    private String dryRun(Path results, String engine) {
        StringWriter out = new StringWriter();
        int exit = Main.commandLine().setOut(new PrintWriter(out)).execute("sweep", spec.toString(), "--results",
                results.toString(), "--dry-run", "--engine", engine, "--master", cluster.masterUrl());
        assertThat(exit).isZero();
        return out.toString();
    }

    private Driver sparkDriver(Path results, Path specFile, String out, List<String> args, String... jvm)
            throws IOException {
        return sparkDriver(results, specFile, data, out, args, jvm);
    }

    private Driver sparkDriver(Path results, Path specFile, Path dataDir, String out, List<String> args,
                               String... jvm) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(StandaloneCluster.moduleOptions());
        cmd.add("-Xmx1g");
        cmd.addAll(cluster.driverOptions());
        cmd.addAll(List.of(jvm));
        cmd.addAll(List.of("-cp", cluster.classPath(), "fflab.cli.Main", "sweep", specFile.toString(),
                "--engine", "spark", "--master", cluster.masterUrl(), "--results", results.toString(),
                "--threads", "1", "--data-dir", dataDir.toString()));
        cmd.addAll(args);
        return Driver.start(cmd, tmp.resolve(out), cluster.environment());
    }

    private List<String> fflab(Object... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1500m", "-cp", cluster.classPath(), "fflab.cli.Main"));
        for (Object a : args) {
            cmd.add(a.toString());
        }
        return cmd;
    }

    private static List<String> ids(Path specFile, String... sets) {
        return Experiments.plan(specFile, List.of(sets)).runs().stream().map(PlannedRun::id).map(r -> r.value())
                .toList();
    }

    /** Run id -> how many times a driver's output says it finished the run (trained it). */
    private static Map<String, Integer> finishedCounts(String output) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = FINISHED_LINE.matcher(output);
        while (m.find()) {
            counts.merge(m.group(1), 1, Integer::sum);
        }
        return counts;
    }

    /** How many Spark task attempts started the run's worker (each appends a line to the worker log). */
    private static long attempts(Path experimentDir, String id) throws IOException {
        Path log = experimentDir.resolve(".workers").resolve(id + ".log");
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(l -> l.startsWith("spark task attempt")).count();
        }
    }

    private static Path runFolderOf(Path experimentDir, ProcessHandle worker) {
        List<String> args = arguments(worker);
        return experimentDir.resolve(args.get(args.indexOf("--worker") + 1));
    }

    /** A process's command line from /proc (ProcessHandle.Info drops the arguments of long command lines). */
    private static List<String> arguments(ProcessHandle p) {
        try {
            String cmdline = Files.readString(Path.of("/proc", Long.toString(p.pid()), "cmdline"));
            return List.of(cmdline.split("\u0000"));
        } catch (IOException e) {
            return List.of(); // ended meanwhile
        }
    }

    /** A child JVM with its output in a file. */
    private record Driver(Process process, Path out) {
        static Driver start(List<String> cmd, Path out, Map<String, String> env) throws IOException {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile());
            pb.environment().putAll(env);
            return new Driver(pb.start(), out);
        }

        int awaitExit() throws InterruptedException {
            if (!process.waitFor(DRIVER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                StandaloneCluster.killTree(process);
                throw new AssertionError("driver still running after " + DRIVER_TIMEOUT + ":\n" + output());
            }
            return process.exitValue();
        }

        String output() {
            try {
                return Files.readString(out);
            } catch (IOException e) {
                return "(no output: " + e + ")";
            }
        }
    }
}
