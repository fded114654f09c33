package fflab.experiment.sweep;

import fflab.experiment.PlannedRun;
import fflab.experiment.store.DoneMarker;
import java.util.Locale;

/**
 * What became of one run in this sweep.
 *
 * @param done the marker of a run finished now; @param error the message of a failed run (for ADOPTED: the old id)
 */
public record AttemptResult(PlannedRun run, Kind kind, DoneMarker done, String error) {

    public enum Kind {
        /** Ran now and finished. */
        FINISHED,
        /** Finished earlier: not run again. */
        SKIPPED,
        /** Another sweep holds its lock and is running it now. */
        BUSY,
        /** Ran now and failed; failed.json says why (for a saliency output added later: run.log). */
        FAILED,
        /** Finished earlier; saliency outputs it lacked were computed now on its saved model, no retraining. */
        EXTENDED,
        /** A finished folder of its old id (before issue 19) was renamed to its id: nothing retrained. */
        ADOPTED
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
            case EXTENDED -> String.format(Locale.ROOT, "saliency added to the finished run (no retraining), "
                    + "test accuracy %.2f %%", 100 * done.testAccuracy());
            case ADOPTED -> "finished earlier under its old id " + error + " (folder renamed, nothing retrained)";
        };
    }
}
