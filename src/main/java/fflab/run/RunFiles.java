package fflab.run;

/** The names of the files in a run folder; one place so that writers and readers agree. */
public final class RunFiles {
    public static final String CONFIG = "config.json";
    public static final String METRICS = "metrics.json";
    public static final String PREDICTIONS = "predictions.csv";
    public static final String PROVENANCE = "provenance.json";
    public static final String MODEL_DIR = "model";
    /** The resolved run config of a sweep run, with its id and experiment. */
    public static final String RUN = "run.json";
    /** A sweep run's log: what happened, epoch by epoch; append-only, never read to decide anything. */
    public static final String LOG = "run.log";
    /** Written last: a run folder without it is unfinished and is redone from scratch. */
    public static final String DONE = "done.json";
    /** The error of a failed run (message and stack trace); the run is tried again on resume. */
    public static final String FAILED = "failed.json";
    /** Outputs of the ADS step. */
    public static final String SALIENCY_DIR = "saliency";

    private RunFiles() {}
}
