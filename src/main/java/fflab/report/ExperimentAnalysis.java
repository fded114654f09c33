package fflab.report;

import java.util.List;

/**
 * Every number a report shows, computed once from the runs and kept apart from the HTML so that
 * it can be checked on its own.
 */
public record ExperimentAnalysis(ExperimentResults results, ReportOptions options, List<GroupSummary> summaries,
        FfBpPairing.Result pairing, TestTable comparisons, AxisEffects.Result axes, TrainingDynamics dynamics) {

    public static ExperimentAnalysis of(ExperimentResults results, ReportOptions options) {
        List<GroupSummary> summaries = results.groups().stream().map(g -> GroupSummary.of(g, options)).toList();
        FfBpPairing.Result pairing = FfBpPairing.find(results);
        return new ExperimentAnalysis(results, options, summaries, pairing,
                ComparisonStatistics.table(pairing.comparisons(), options), AxisEffects.compute(results, options),
                TrainingDynamics.compute(results, options));
    }
}
