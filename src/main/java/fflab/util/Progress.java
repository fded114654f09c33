package fflab.util;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Progress of a long task on stderr: a live bar with ETA on a terminal, plain lines such as
 * {@code train: 40/100 (40%) elapsed 12s eta 18s} every 10 s elsewhere (logs, CI, tests).
 * Environment variable {@code FFLAB_PROGRESS}: {@code plain} forces lines, {@code off} hides it.
 *
 * <pre>{@code
 * try (Progress progress = Progress.start("epoch 3", batches)) {
 *     for (...) { train(batch); progress.step(); }
 * }
 * }</pre>
 */
public final class Progress implements AutoCloseable {
    private final ProgressDisplay display;
    private long done;
    private boolean closed;

    Progress(ProgressDisplay display) {
        this.display = display;
    }

    /** @param total the number of steps, or 0 when unknown (no percentage or ETA) */
    public static Progress start(String task, long total) {
        return new Progress(display(task, total, System.getenv("FFLAB_PROGRESS"), stderrIsTerminal(), System.err));
    }

    static ProgressDisplay display(String task, long total, String mode, boolean terminal, PrintStream err) {
        if ("off".equalsIgnoreCase(mode)) {
            return ProgressDisplay.NONE;
        }
        if ("plain".equalsIgnoreCase(mode) || !terminal) {
            return new PlainProgressLines(task, total, err, System::nanoTime, PlainProgressLines.DEFAULT_INTERVAL);
        }
        return new TerminalProgressBar(task, total, err, 0);
    }

    public synchronized void step() {
        stepBy(1);
    }

    public synchronized void stepBy(long n) {
        done += n;
        if (!closed) {
            display.update(done);
        }
    }

    /** Text shown after the counts, e.g. the current loss; null or "" for none. */
    public synchronized void setExtraMessage(String msg) {
        display.setExtraMessage(msg);
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            display.close(done);
        }
    }

    /**
     * Whether stderr is an interactive terminal. {@link System#console()} only looks at stdin and
     * stdout, so on Linux also check where file descriptor 2 points ({@code 2>log} must get lines).
     */
    private static boolean stderrIsTerminal() {
        if (System.console() == null) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return true; // no /proc (macOS, Windows): trust System.console()
        }
    }
}
