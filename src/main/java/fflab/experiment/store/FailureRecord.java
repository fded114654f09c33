package fflab.experiment.store;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;

/** {@code failed.json}: why a run failed, with the stack trace, so that the sweep can go on. */
public record FailureRecord(String id, String experiment, String failedAt, double wallSeconds, String type,
                            String message, String stackTrace) {

    public static FailureRecord of(String id, String experiment, Throwable error, double wallSeconds) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return new FailureRecord(id, experiment, Instant.now().toString(), wallSeconds, error.getClass().getName(),
                String.valueOf(error.getMessage()), trace.toString());
    }

    /** A worker process that died without writing its own record (killed, crashed JVM). */
    public static FailureRecord ofWorker(String id, String experiment, int exitCode, String outputTail,
                                         double wallSeconds) {
        return new FailureRecord(id, experiment, Instant.now().toString(), wallSeconds, "worker-exit",
                "worker process exited with code " + exitCode + " without finishing the run", outputTail);
    }
}
