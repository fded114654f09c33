package fflab.stats;

/**
 * A correlation coefficient with its two-sided p-value for "no correlation".
 *
 * @param method "Pearson" or "Spearman"
 * @param r      the coefficient; NaN when n &lt; 3 or a variable is constant
 * @param pValue NaN whenever r is
 */
public record Correlation(String method, double r, double pValue, int n) {
}
