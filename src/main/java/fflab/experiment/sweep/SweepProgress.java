package fflab.experiment.sweep;

import fflab.experiment.PlannedRun;
import fflab.experiment.RunId;
import fflab.train.LayerEpoch;
import fflab.train.TrainingMonitor;
import fflab.util.Progress;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One progress bar for the whole sweep, in thousandths of its estimated cost (so that the ETA
 * weighs a 5000-epoch run more than a 20-epoch one), with the current run and its epoch as the
 * bar's message. Runs in this process advance it epoch by epoch; runs in worker processes when
 * they end.
 */
final class SweepProgress implements AutoCloseable {
    private static final long UNITS = 1000;

    private final Progress bar;
    private final Map<RunId, Long> share = new HashMap<>();
    private long completed;
    private long shown;

    SweepProgress(String experiment, List<PlannedRun> pending, CostModel cost) {
        double total = pending.stream().mapToDouble(r -> cost.estimate(r.config()).seconds()).sum();
        long given = 0;
        for (int i = 0; i < pending.size(); i++) {
            PlannedRun r = pending.get(i);
            long units = i == pending.size() - 1 ? UNITS - given
                    : Math.round(UNITS * cost.estimate(r.config()).seconds() / total);
            share.put(r.id(), units);
            given += units;
        }
        bar = Progress.start(experiment + " (" + pending.size() + " runs to do)", pending.isEmpty() ? 0 : UNITS);
    }

    /** A monitor that moves the bar through {@code run}'s share as its epochs pass. */
    TrainingMonitor monitor(PlannedRun run, String label) {
        long units = share.getOrDefault(run.id(), 0L);
        return new TrainingMonitor() {
            private long totalEpochs = 1;
            private long epochs;

            @Override
            public void started(String task, long total) {
                totalEpochs = Math.max(1, total);
            }

            @Override
            public void epochFinished(LayerEpoch e) {
                epochs++;
                show(completed + units * Math.min(epochs, totalEpochs) / totalEpochs, String.format(Locale.ROOT,
                        "%s: %s epoch %d", label, e.stage(), e.epoch()));
            }
        };
    }

    synchronized void running(String message) {
        bar.setExtraMessage(message);
    }

    synchronized void ended(PlannedRun run) {
        completed += share.getOrDefault(run.id(), 0L);
        show(completed, null);
    }

    private synchronized void show(long units, String message) {
        if (message != null) {
            bar.setExtraMessage(message);
        }
        if (units > shown) {
            bar.stepBy(units - shown);
            shown = units;
        }
    }

    @Override
    public void close() {
        bar.close();
    }
}
