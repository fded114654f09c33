package fflab.experiment.sweep;

import fflab.experiment.PlannedRun;
import fflab.experiment.Sweep;
import fflab.experiment.store.ExperimentStore;
import fflab.experiment.store.RunState;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code fflab sweep --dry-run}: every run with its id, state, summary and estimated cost; nothing runs. */
public final class DryRun {
    private DryRun() {}

    public static void print(Sweep sweep, ExperimentStore store, CostModel cost, int workers, PrintWriter out) {
        out.printf(Locale.ROOT, "experiment %s%s: %d runs into %s%n", sweep.spec().name(),
                sweep.spec().scale().isEmpty() ? "" : " (scale " + sweep.spec().scale() + ")", sweep.runs().size(),
                store.dir());
        if (sweep.excluded() + sweep.duplicates() > 0) {
            out.printf(Locale.ROOT, "  (%d combinations excluded, %d duplicates run once)%n", sweep.excluded(),
                    sweep.duplicates());
        }
        out.printf(Locale.ROOT, "%5s  %-12s  %-10s  %10s  %9s  %s%n", "#", "id", "status", "GFLOP", "est. time",
                "run");
        double todo = 0;
        int done = 0;
        for (int i = 0; i < sweep.runs().size(); i++) {
            PlannedRun run = sweep.runs().get(i);
            CostModel.Estimate training = cost.estimate(run.config());
            CostModel.Estimate saliency = cost.saliency(run);
            RunState state = store.state(run.id());
            String status = state == RunState.ABSENT ? "to do" : state.id();
            double seconds = training.seconds() + saliency.seconds();
            if (state == RunState.DONE) {
                done++;
                seconds = 0;
                if (store.needsWork(run)) {
                    status = "saliency"; // finished; saliency outputs to add on the saved model, no training
                    seconds = saliency.seconds();
                }
            }
            todo += seconds;
            out.printf(Locale.ROOT, "%5d  %s  %-10s  %10.0f  %9s  %s%n", i + 1, run.id(), status,
                    training.gflop() + saliency.gflop(), duration(training.seconds() + saliency.seconds()),
                    run.summary());
        }
        out.printf(Locale.ROOT, "%d runs, %d done; the rest is estimated at %s on one worker, about %s with %d%n",
                sweep.runs().size(), done, duration(todo), duration(todo / Math.max(1, Math.min(workers,
                        sweep.runs().size() - done))), workers);
        out.printf(Locale.ROOT, "(estimate for 2 CPU cores: FLOPs at %s, plus %.0f s per run)%n",
                cost.speeds().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> String.format(Locale.ROOT, "%.0f GFLOP/s training, %.0f classifying%s for %s",
                                e.getValue().gflops(), e.getValue().predictionGflops(),
                                e.getValue().stepSeconds() == 0 ? ""
                                        : String.format(Locale.ROOT, ", %.0f ms per step", 1000 * e.getValue().stepSeconds()),
                                e.getKey()))
                        .collect(Collectors.joining(", ")), cost.overheadSeconds());
        out.printf(Locale.ROOT, "(ADS maps at %.0f GFLOP/s, %.0f %% of (window, image) pairs evaluated, plus %.0f s "
                + "per map)%n", CostModel.SALIENCY_GFLOPS, 100 * CostModel.EVALUATED_SHARE, CostModel.SECONDS_PER_MAP);
        out.flush();
    }

    /** 45s, 12m30s, 3h05m. */
    public static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60);
    }
}
