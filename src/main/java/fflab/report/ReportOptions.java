package fflab.report;

import fflab.stats.Correction;
import fflab.stats.Summaries;

/**
 * The choices behind a report's numbers.
 *
 * @param correction    multiple-comparison correction applied within each table of tests
 * @param alpha         significance level of the verdicts
 * @param resamples     bootstrap resamples for the confidence intervals
 * @param bootstrapSeed seed of every bootstrap, so that the same runs give the same report
 * @param lagFraction   the fraction of its final accuracy a layer must reach (training dynamics)
 */
public record ReportOptions(Correction correction, double alpha, int resamples, long bootstrapSeed,
        double lagFraction) {

    public static final long BOOTSTRAP_SEED = 1;

    public ReportOptions {
        if (correction == null) {
            throw new IllegalArgumentException("correction must not be null");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1, got " + alpha);
        }
        if (resamples < 1) {
            throw new IllegalArgumentException("bootstrap resamples must be at least 1, got " + resamples);
        }
        if (!(lagFraction > 0 && lagFraction <= 1)) {
            throw new IllegalArgumentException("lag fraction must be in (0, 1], got " + lagFraction);
        }
    }

    /** Holm, alpha 0.05, 10,000 bootstrap resamples with seed 1, 90 % of the final accuracy. */
    public static ReportOptions defaults() {
        return new ReportOptions(Correction.HOLM, 0.05, Summaries.DEFAULT_RESAMPLES, BOOTSTRAP_SEED, 0.9);
    }

    public ReportOptions withCorrection(Correction c) {
        return new ReportOptions(c, alpha, resamples, bootstrapSeed, lagFraction);
    }

    public ReportOptions withAlpha(double a) {
        return new ReportOptions(correction, a, resamples, bootstrapSeed, lagFraction);
    }

    public ReportOptions withResamples(int r) {
        return new ReportOptions(correction, alpha, r, bootstrapSeed, lagFraction);
    }
}
