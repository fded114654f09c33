/**
 * The statistics behind fflab's comparison reports: summaries with confidence intervals, paired
 * and group tests, multiple-comparison corrections, correlations, learning-curve lag and
 * plain-language verdicts.
 *
 * <p>Conventions: every distribution and every test that Apache Commons Math 3 provides comes
 * from it; what it lacks (Kruskal-Wallis, McNemar, Holm, Benjamini-Hochberg, the bootstrap, the
 * tie-corrected normal approximation of the signed-rank test) is written here on top of its
 * distributions. Results are immutable records and nothing here does I/O. A test that cannot run
 * on the data it is given (too few values, no variation) returns NaN statistic and p-value with a
 * plain-text note instead of throwing; malformed input (arrays of different lengths, NaN values,
 * p-values outside [0, 1]) is a caller's bug and throws {@link java.lang.IllegalArgumentException}.
 */
package fflab.stats;
