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
 * @param config the training config, which the id hashes (old folders: with saliency options)
 * @param adoptedFrom the id this folder had before issue 19 took saliency options out of run ids, else null
 */
public record RunRecord(String id, String experiment, String spec, String specSha256, String specFile,
                        String scale, List<String> sets, String summary, RunConfig config, String adoptedFrom) {

    public RunRecord(String id, String experiment, String spec, String specSha256, String specFile, String scale,
                     List<String> sets, String summary, RunConfig config) {
        this(id, experiment, spec, specSha256, specFile, scale, sets, summary, config, null);
    }

    RunRecord adoptedAs(String newId) {
        return new RunRecord(newId, experiment, spec, specSha256, specFile, scale, sets, summary, config.training(),
                id);
    }
}
