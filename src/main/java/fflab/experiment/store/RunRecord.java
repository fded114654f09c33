package fflab.experiment.store;

import fflab.experiment.RunConfig;

/**
 * {@code run.json}: the run's resolved config (what its id hashes) and where it came from.
 *
 * @param spec the spec file; @param scale the spec's scale, "" when it has none
 */
public record RunRecord(String id, String experiment, String spec, String scale, String summary, RunConfig config) {}
