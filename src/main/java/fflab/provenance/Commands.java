package fflab.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs a helper program (git, nvidia-smi) for its output, never waiting longer than a timeout. */
final class Commands {
    private Commands() {}

    /**
     * The trimmed standard output of {@code command} run in {@code dir}, or empty when the program
     * is missing, fails, or runs past {@code timeout}.
     */
    static Optional<String> output(Path dir, Duration timeout, String... command) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("GIT_OPTIONAL_LOCKS", "0"); // `git status` must not lock a repository in use
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return Optional.empty(); // not installed
        }
        try {
            process.getOutputStream().close();
            // read while waiting: a full pipe would block the program until the timeout
            CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(stdout.get(timeout.toMillis(), TimeUnit.MILLISECONDS).strip());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (IOException | ExecutionException | TimeoutException e) {
            return Optional.empty();
        } finally {
            process.destroyForcibly(); // no-op when it has exited
        }
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
