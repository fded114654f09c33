package fflab.report;

import fflab.util.EnumId;

/** Whether a run folder holds results the report can use; {@link #id()} is the word shown for it. */
public enum RunStatus implements EnumId {
    /** metrics.json is there and readable. */
    FINISHED,
    /** a failure marker is there, or metrics.json cannot be read. */
    FAILED,
    /** neither metrics.json nor a failure marker: still running, killed, or never started. */
    INCOMPLETE
}
