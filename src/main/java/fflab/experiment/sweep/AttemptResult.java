package fflab.experiment.sweep;

import fflab.experiment.PlannedRun;
import fflab.experiment.store.DoneMarker;
import java.util.Locale;

/**
 * What became of one run in this sweep.
 *
 * @param done the marker of a run finished now; @param error the message of a failed run
 */
public record AttemptResult(PlannedRun run, Kind kind, DoneMarker done, String error) {

    public enum Kind {
        /** Ran now and finished. */
        FINISHED,
        /** Finished earlier: not run again. */
        SKIPPED,
        /** Another sweep holds its lock and is running it now. */
        BUSY,
        /** Ran now and failed; failed.json says why. */
        FAILED
    }

    static AttemptResult of(PlannedRun run, Kind kind) {
        return new AttemptResult(run, kind, null, null);
    }

    /** One line for the console, after the run's id and summary. */
    public String describe() {
        return switch (kind) {
            case FINISHED -> String.format(Locale.ROOT, "done, test accuracy %.2f %%, macro F1 %.4f, %.1f s",
                    100 * done.testAccuracy(), done.testMacroF1(), done.wallSeconds());
            case SKIPPED -> "skipped (finished earlier)";
            case BUSY -> "skipped (another sweep is running it)";
            case FAILED -> "FAILED: " + error;
        };
    }
}
