package fflab.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * A real Spark standalone cluster on 127.0.0.1 for tests: a master and workers, each a child JVM
 * running Spark's own {@code Master} / {@code Worker} from the Maven jars. The workers launch
 * executors from a stand-in SPARK_HOME whose {@code jars/} links every jar of the test class path
 * (the Spark binary distribution is not on Maven Central), plus fflab's class folders through
 * {@code spark.executor.extraClassPath}.
 */
final class StandaloneCluster implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Path dir;
    private final Path sparkHome;
    private final String classPath;
    private final String classFolders;
    private final int masterPort;
    private final int masterUiPort;
    private final Process master;
    private final List<Process> workers = new ArrayList<>();

    StandaloneCluster(Path dir, int workerCount) throws IOException, InterruptedException {
        this.dir = dir;
        this.classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        this.sparkHome = fakeSparkHome(dir.resolve("spark-home"), classPath);
        this.classFolders = String.join(File.pathSeparator, entries(classPath).stream()
                .filter(e -> Files.isDirectory(Path.of(e))).toList());
        this.masterPort = freePort();
        this.masterUiPort = freePort();
        this.master = start("master", List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", Integer.toString(masterPort), "--webui-port", Integer.toString(masterUiPort)));
        awaitAliveWorkers(0);
        for (int i = 0; i < workerCount; i++) {
            startWorker();
        }
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    /** One more worker with one core, registered with the master when this returns. */
    Process startWorker() throws IOException, InterruptedException {
        String name = "worker-" + workers.size();
        Path work = Files.createDirectories(dir.resolve(name + "-work"));
        Process w = start(name, List.of("org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                "--cores", "1", "--memory", "2g", "--work-dir", work.toString(),
                "--webui-port", Integer.toString(freePort()), masterUrl()));
        workers.add(w);
        awaitAliveWorkers(workers.size());
        return w;
    }

    List<Process> workers() {
        return List.copyOf(workers);
    }

    /** The JVM options every Spark JVM on Java 17 needs (what Spark's own launcher adds). */
    static List<String> moduleOptions() {
        return List.of(JavaModuleOptions.defaultModuleOptions().split("\\s+"));
    }

    String classPath() {
        return classPath;
    }

    /** Spark settings a driver of this cluster needs, as -D options: executors find fflab's class folders. */
    List<String> driverOptions() {
        return List.of("-Dspark.executor.extraClassPath=" + classFolders, "-Dspark.executor.memory=512m",
                "-Dspark.fflab.worker.javaOptions=-Xmx1500m");
    }

    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SPARK_HOME", sparkHome.toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("SPARK_LOG_DIR", dir.toString());
        return env;
    }

    private Process start(String name, List<String> mainAndArgs) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(moduleOptions());
        cmd.addAll(List.of("-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=info", "-cp", classPath));
        cmd.addAll(mainAndArgs);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        pb.environment().putAll(environment());
        return pb.start();
    }

    /** Waits until the master's status page (its JSON) counts {@code n} alive workers. */
    private void awaitAliveWorkers(int n) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest status = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUiPort + "/json/"))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        String last = "(no answer)";
        while (System.nanoTime() < deadline) {
            if (!master.isAlive()) {
                break;
            }
            try {
                last = http.send(status, HttpResponse.BodyHandlers.ofString()).body();
                if (new ObjectMapper().readTree(last).path("aliveworkers").asInt(-1) >= n) {
                    return;
                }
            } catch (IOException e) {
                last = e.toString(); // not listening yet
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("the master has not " + n + " alive workers after " + START_TIMEOUT
                + ": " + last + "\nlogs in " + dir);
    }

    private static Path fakeSparkHome(Path home, String classPath) throws IOException {
        Path jars = Files.createDirectories(home.resolve("jars"));
        Set<String> names = new HashSet<>();
        for (String entry : entries(classPath)) {
            Path p = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(p)) {
                String name = p.getFileName().toString();
                String unique = names.add(name) ? name : names.size() + "-" + name;
                Files.createSymbolicLink(jars.resolve(unique), p.toAbsolutePath());
            }
        }
        return home;
    }

    private static List<String> entries(String classPath) {
        return List.of(classPath.split(File.pathSeparator)).stream().filter(e -> !e.isBlank()).toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        for (Process w : workers) {
            killTree(w);
        }
        killTree(master);
    }

    /** kill -9 a process and everything it started (a worker's executors and their runs). */
    static void killTree(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }
}
