package fflab.stats;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Seeded percentile bootstrap for the mean (Efron and Tibshirani, An Introduction to the
 * Bootstrap, 1993, ch. 13): resample the values with replacement, take each resample's mean, and
 * read the interval off the alpha/2 and 1 - alpha/2 quantiles of those means (R's default
 * quantile definition, type 7).
 */
final class Bootstrap {
    private Bootstrap() {
    }

    static Interval meanInterval(double[] values, long seed, int resamples, double confidence) {
        // Well19937c's sequence for a seed is fixed, so a seed pins the interval on every JVM.
        RandomGenerator random = new Well19937c(seed);
        int n = values.length;
        double[] means = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += values[random.nextInt(n)];
            }
            means[r] = sum / n;
        }
        double tail = 100 * (1 - confidence) / 2;
        Percentile quantile = new Percentile().withEstimationType(EstimationType.R_7);
        quantile.setData(means);
        return new Interval(quantile.evaluate(tail), quantile.evaluate(100 - tail));
    }
}
