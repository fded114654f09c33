package fflab.spark;

import java.io.Serializable;

/** What one Spark task reports: the worker's exit code for the run, on its (0-based) attempt. */
record TaskAnswer(String runId, int exit, int attempt) implements Serializable {
}
