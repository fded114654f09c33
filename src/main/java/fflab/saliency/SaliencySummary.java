package fflab.saliency;

import java.util.List;

/**
 * What a saliency run produced, for the experiment runner and the command line; also written as
 * {@code summary.json}.
 *
 * @param outputDir where the files are
 * @param evaluationImages images the maps were measured on
 * @param filters one entry per filter size
 * @param faithfulness the deletion and insertion curves' areas (no points; those are in faithfulness.csv)
 * @param faithfulnessSeconds how long computing those curves took (often most of a saliency step)
 */
public record SaliencySummary(String outputDir, String model, String baseline, String evaluation,
                              int evaluationImages, List<FilterSummary> filters, List<Auc> faithfulness,
                              double faithfulnessSeconds) {

    /**
     * @param maxAds the largest accuracy drop of any position
     * @param significantPositions positions whose drop survives McNemar's test and the correction
     */
    public record FilterSummary(int filterSize, String method, double baseAccuracy, double maxAds,
                                int significantPositions, long pairsEvaluated, long pairsSkipped, double seconds,
                                double gflopPerSecond, String directory) {}

    /** Area under one faithfulness curve. */
    public record Auc(String order, String curve, double auc) {}
}
