package fflab.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The fflab command line in a child JVM with the test classpath, as a user would run it. */
final class FflabProcess {
    private final Process process;
    private final Path output;

    private FflabProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static FflabProcess start(Path output, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xmx2g",
                "-cp", System.getProperty("java.class.path"), "fflab.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile());
        pb.environment().put("FFLAB_PROGRESS", "off");
        return new FflabProcess(pb.start(), output);
    }

    /** Waits for the exit code; fails the test after {@code seconds}. */
    int waitFor(long seconds) throws InterruptedException, IOException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("fflab did not finish in " + seconds + " s; output:\n" + output());
        }
        return process.exitValue();
    }

    /** SIGKILL on Linux: no shutdown hook, no finally block runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String output() throws IOException {
        return Files.readString(output);
    }
}
