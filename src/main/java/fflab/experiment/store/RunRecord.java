package fflab.experiment.store;

import fflab.experiment.RunConfig;
import java.util.List;

/**
 * {@code run.json}: the run's resolved config (what its id hashes) and where it came from.
 *
 * @param spec the copy of the spec text this run ran, relative to the run folder
 *             ({@code ../specs/<hash>.yaml}); the spec file as named on the command line when
 *             the sweep kept no copy
 * @param specSha256 the SHA-256 of that text, null without a copy
 * @param specFile the spec file's absolute path when the sweep ran
 * @param scale the spec's resolved scale, "" when it has none
 * @param sets every {@code --set} of the sweep, in order
 */
public record RunRecord(String id, String experiment, String spec, String specSha256, String specFile,
                        String scale, List<String> sets, String summary, RunConfig config) {}
