package fflab.experiment.sweep;

import java.io.Serializable;

/**
 * What a cluster engine needs to run a sweep's runs: where (master URL, or null for the engine's
 * default), with how many threads per run, and the worker command's arguments.
 */
public record EngineSettings(String master, int threadsPerRun, WorkerArguments worker) implements Serializable {
}
