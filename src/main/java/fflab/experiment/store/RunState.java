package fflab.experiment.store;

import java.util.Locale;

/** What a run's folder says about it. */
public enum RunState {
    /** No folder: never started here. */
    ABSENT,
    /** A folder without a marker: started and interrupted (or running now elsewhere). */
    UNFINISHED,
    /** failed.json: the run threw; it is tried again on resume. */
    FAILED,
    /** done.json: finished; never run again. */
    DONE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
