package fflab.report;

import fflab.stats.Interval;
import fflab.stats.SmallSamples;
import fflab.stats.Summaries;
import fflab.stats.Summary;
import java.util.List;

/**
 * The headline numbers of one configuration over its seeds.
 *
 * @param accuracy     test accuracy in percent: mean, sd, t and bootstrap intervals
 * @param macroF1      mean test macro F1 (NaN without finished runs)
 * @param meanSeconds  mean wall-clock seconds per finished run
 */
public record GroupSummary(RunGroup group, Summary accuracy, double macroF1, double meanSeconds) {

    public static GroupSummary of(RunGroup group, ReportOptions options) {
        return new GroupSummary(group, summarise(accuracies(group.finished()), options),
                group.mean(r -> r.result().test().macroF1()), group.mean(Run::computeSeconds));
    }

    static double[] accuracies(List<Run> runs) {
        return runs.stream().mapToDouble(Run::accuracyPercent).toArray();
    }

    /** The bootstrap interval is left undefined below {@link SmallSamples#MIN_BOOTSTRAP} values. */
    static Summary summarise(double[] values, ReportOptions options) {
        Summary s = Summaries.summarise(values, options.bootstrapSeed(), options.resamples(),
                Summaries.DEFAULT_CONFIDENCE);
        return values.length >= SmallSamples.MIN_BOOTSTRAP ? s
                : new Summary(s.n(), s.mean(), s.sd(), s.tInterval95(), Interval.UNDEFINED);
    }
}
