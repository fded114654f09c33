package fflab.run;

/** The names of the files in a run folder; one place so that writers and readers agree. */
public final class RunFiles {
    public static final String CONFIG = "config.json";
    public static final String METRICS = "metrics.json";
    public static final String PREDICTIONS = "predictions.csv";
    public static final String PROVENANCE = "provenance.json";
    public static final String MODEL_DIR = "model";

    private RunFiles() {}
}
