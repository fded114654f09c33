package fflab.stats;

/**
 * Location and spread of one sample, e.g. the test accuracies of one model over several seeds.
 *
 * @param sd                  sample standard deviation (n - 1 denominator); NaN when n &lt; 2
 * @param tInterval95         t interval for the mean at the requested confidence (95 % by default)
 * @param bootstrapInterval95 percentile bootstrap interval for the mean at the same confidence
 */
public record Summary(int n, double mean, double sd, Interval tInterval95, Interval bootstrapInterval95) {
}
