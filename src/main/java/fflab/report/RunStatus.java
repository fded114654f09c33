package fflab.report;

/** Whether a run folder holds results the report can use. */
public enum RunStatus {
    /** metrics.json is there and readable. */
    FINISHED("finished"),
    /** a failure marker is there, or metrics.json cannot be read. */
    FAILED("failed"),
    /** neither metrics.json nor a failure marker: still running, killed, or never started. */
    INCOMPLETE("incomplete");

    private final String label;

    RunStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
