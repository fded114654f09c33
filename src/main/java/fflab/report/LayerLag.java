package fflab.report;

import java.util.List;

/**
 * When one layer of one configuration reaches a fraction of its final validation accuracy.
 *
 * @param layer         "layer 1", "layer 2", ... or "model"
 * @param epochsPerRun  the epoch per finished run with a history, in run order; -1 when never
 * @param meanEpoch     mean over the runs that reached it; NaN when none did
 */
public record LayerLag(RunGroup group, String layer, List<Integer> epochsPerRun, double meanEpoch) {
}
