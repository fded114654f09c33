package fflab.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/** Mean, standard deviation and confidence intervals for the mean of one sample. */
public final class Summaries {
    public static final int DEFAULT_RESAMPLES = 10_000;
    public static final double DEFAULT_CONFIDENCE = 0.95;

    private Summaries() {
    }

    /** 95 % intervals, the bootstrap with {@value #DEFAULT_RESAMPLES} resamples. */
    public static Summary summarise(double[] values, long seed) {
        return summarise(values, seed, DEFAULT_RESAMPLES, DEFAULT_CONFIDENCE);
    }

    /**
     * Both intervals need n &gt;= 2 (with one value there is no spread to resample or estimate);
     * below that their bounds are NaN. The record's interval fields keep the "95" in their names
     * whatever {@code confidence} is.
     *
     * @param seed       seeds the bootstrap: the same seed and values give the same interval
     * @param resamples  bootstrap resamples, at least 1
     * @param confidence strictly between 0 and 1
     */
    public static Summary summarise(double[] values, long seed, int resamples, double confidence) {
        Checks.finite(values, "values");
        Checks.probability(confidence, "confidence");
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be at least 1, got " + resamples);
        }
        DescriptiveStatistics stats = new DescriptiveStatistics(values);
        int n = values.length;
        double mean = stats.getMean();
        if (n < 2) {
            // Commons Math reports sd 0 for one value; a sample sd is undefined there.
            return new Summary(n, mean, Double.NaN, Interval.UNDEFINED, Interval.UNDEFINED);
        }
        double sd = stats.getStandardDeviation();
        return new Summary(n, mean, sd, tInterval(mean, sd, n, confidence),
                Bootstrap.meanInterval(values, seed, resamples, confidence));
    }

    /** mean -/+ t(1 - alpha/2, n - 1) sd / sqrt(n): the classical Student interval. */
    static Interval tInterval(double mean, double sd, int n, double confidence) {
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double halfWidth = t * sd / Math.sqrt(n);
        return new Interval(mean - halfWidth, mean + halfWidth);
    }
}
