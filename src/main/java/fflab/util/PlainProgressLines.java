package fflab.util;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress as ordinary lines for logs and CI, e.g. {@code train: 40/100 (40%) elapsed 12s eta 18s}:
 * at most one line per interval, plus one when the task completes or closes with unshown progress.
 */
final class PlainProgressLines implements ProgressDisplay {
    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);

    private final String task;
    private final long total;
    private final PrintStream out;
    private final LongSupplier nanoTime;
    private final long intervalNanos;
    private final long startNanos;
    private long lastLineNanos;
    private long lastShown;
    private String extra;

    PlainProgressLines(String task, long total, PrintStream out, LongSupplier nanoTime, Duration interval) {
        this.task = task;
        this.total = total;
        this.out = out;
        this.nanoTime = nanoTime;
        this.intervalNanos = interval.toNanos();
        this.startNanos = nanoTime.getAsLong();
        this.lastLineNanos = startNanos;
    }

    @Override
    public void update(long done) {
        long now = nanoTime.getAsLong();
        boolean completed = total > 0 && done >= total && lastShown < total;
        if (completed || now - lastLineNanos >= intervalNanos) {
            print(done, now);
        }
    }

    @Override
    public void setExtraMessage(String message) {
        extra = message;
    }

    @Override
    public void close(long done) {
        if (done != lastShown) {
            print(done, nanoTime.getAsLong());
        }
    }

    private void print(long done, long now) {
        out.println(line(done, now - startNanos));
        out.flush();
        lastLineNanos = now;
        lastShown = done;
    }

    String line(long done, long elapsedNanos) {
        StringBuilder line = new StringBuilder(task).append(": ").append(done);
        if (total > 0) {
            line.append('/').append(total).append(" (").append(done * 100 / total).append("%)");
        }
        line.append(" elapsed ").append(format(elapsedNanos));
        if (total > 0) {
            line.append(" eta ").append(done > 0 ? format(eta(done, elapsedNanos)) : "?");
        }
        if (extra != null && !extra.isEmpty()) {
            line.append(' ').append(extra);
        }
        return line.toString();
    }

    private long eta(long done, long elapsedNanos) {
        long remaining = Math.max(0, total - done);
        return (long) (elapsedNanos * (remaining / (double) done));
    }

    /** 12s, 3m05s, 2h07m. */
    static String format(long nanos) {
        long seconds = Math.round(nanos / 1e9);
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
    }
}
