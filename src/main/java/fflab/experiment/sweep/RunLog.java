package fflab.experiment.sweep;

import fflab.FflabException;
import fflab.train.LayerEpoch;
import fflab.train.TrainingMonitor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A run's {@code run.log}: timestamped lines of what happened, one per epoch while training.
 * Append-only and flushed line by line, so a killed run's log shows how far it got; nothing
 * reads it to decide anything (the markers do that).
 */
public final class RunLog implements TrainingMonitor, AutoCloseable {
    private final PrintWriter out;

    private RunLog(PrintWriter out) {
        this.out = out;
    }

    public static RunLog open(Path file) {
        try {
            return new RunLog(new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND)));
        } catch (IOException e) {
            throw new FflabException("cannot open log " + file + ": " + e.getMessage(), e);
        }
    }

    /** A log that writes nowhere, for tests. */
    public static RunLog discard() {
        return new RunLog(new PrintWriter(PrintWriter.nullWriter()));
    }

    public synchronized void line(String text) {
        out.println(Instant.now().truncatedTo(ChronoUnit.MILLIS) + " " + text);
        out.flush();
    }

    public void error(String what, Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        line(what + ": " + t + "\n" + trace);
    }

    /** One step of the run ended: load, train, evaluate, save, ... */
    public void step(String name, double seconds) {
        line(String.format(Locale.ROOT, "step %s finished (%.2f s)", name, seconds));
    }

    @Override
    public void started(String task, long totalEpochs) {
        line("training " + task + ": " + totalEpochs + " epochs in all");
    }

    @Override
    public void epochFinished(LayerEpoch e) {
        String goodness = e.hasGoodness()
                ? String.format(Locale.ROOT, " g+ %.4f g- %.4f", e.positiveGoodness(), e.negativeGoodness()) : "";
        line(String.format(Locale.ROOT, "%s epoch %d layer %d loss %.5f%s (%.2f s)", e.stage(), e.epoch(), e.layer(),
                e.loss(), goodness, e.seconds()));
    }

    @Override
    public void finished() {
        line("training finished");
    }

    @Override
    public synchronized void close() {
        out.close();
    }
}
