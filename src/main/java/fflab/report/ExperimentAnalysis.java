package fflab.report;

import java.util.List;

/**
 * Every number a report shows, computed once from the runs and kept apart from the HTML so that
 * it can be checked on its own.
 *
 * @param methodTests FF vs BP across seeds (is one method better?), one multiple-comparison family
 * @param modelTests  FF vs BP per paired seed on the test images (do two trained models differ?),
 *                    another family
 * @param baseline    every configuration of a model against its first (ablations, controls), paired by seed
 * @param baselineTests those comparisons across seeds, a third family
 */
public record ExperimentAnalysis(ExperimentResults results, ReportOptions options, List<GroupSummary> summaries,
        FfBpPairing.Result pairing, TestTable methodTests, TestTable modelTests, AxisEffects.Result axes,
        TrainingDynamics dynamics, FfBpPairing.Result baseline, TestTable baselineTests) {

    public static ExperimentAnalysis of(ExperimentResults results, ReportOptions options) {
        List<GroupSummary> summaries = results.groups().stream().map(g -> GroupSummary.of(g, options)).toList();
        FfBpPairing.Result pairing = FfBpPairing.find(results);
        FfBpPairing.Result baseline = FfBpPairing.againstFirst(results);
        return new ExperimentAnalysis(results, options, summaries, pairing,
                ComparisonStatistics.methods(pairing.comparisons(), options),
                ComparisonStatistics.models(pairing.comparisons(), options), AxisEffects.compute(results, options),
                TrainingDynamics.compute(results, options), baseline,
                ComparisonStatistics.methods(baseline.comparisons(), options));
    }
}
