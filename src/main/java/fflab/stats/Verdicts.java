package fflab.stats;

import java.math.BigDecimal;
import java.util.Locale;

/** One plain-language sentence per comparison, for the reports. */
public final class Verdicts {
    /** Below this a p-value is written "p &lt; 0.0001" rather than rounded to zero. */
    static final double SMALLEST_SHOWN_P = 0.0001;

    private Verdicts() {
    }

    /**
     * For example "FF is lower than BP by 5.10 points (p = 0.0031 after Holm): significant at 5 %."
     * Means are in the units of the report (points: accuracy in percent). A NaN p-value (a test
     * that could not run) gives "...; not testable: no p-value." and NaN means "not testable: a
     * mean is missing."
     *
     * @param adjustedP  the p-value after the correction
     * @param correction the correction's name for the sentence, e.g. "Holm"; null, blank or "none"
     *                   for uncorrected p-values
     */
    public static String compare(String nameA, String nameB, double meanA, double meanB, double adjustedP,
            double alpha, String correction) {
        Checks.probability(alpha, "alpha");
        if (Double.isNaN(meanA) || Double.isNaN(meanB)) {
            return nameA + " vs " + nameB + ": not testable: a mean is missing.";
        }
        String difference = difference(nameA, nameB, meanA, meanB);
        if (Double.isNaN(adjustedP)) {
            return difference + "; not testable: no p-value.";
        }
        String verdict = adjustedP <= alpha ? "significant" : "not significant";
        return difference + " (" + pValue(adjustedP) + after(correction) + "): " + verdict + " at "
                + percent(alpha) + " %.";
    }

    /**
     * For a test across several groups, e.g. "theta matters for FF on mnist (p = 0.0123 after
     * Holm): significant at 5 %." or "no evidence that theta matters for FF on mnist (p = 0.4100
     * after Holm): not significant at 5 %."; a NaN p-value gives "whether ... is not testable: no
     * p-value."
     *
     * @param factor  what varies across the groups, e.g. "theta"
     * @param subject whose outcome, e.g. "FF on mnist"
     */
    public static String across(String factor, String subject, double adjustedP, double alpha, String correction) {
        Checks.probability(alpha, "alpha");
        String claim = factor + " matters for " + subject;
        if (Double.isNaN(adjustedP)) {
            return "whether " + claim + " is not testable: no p-value.";
        }
        boolean significant = adjustedP <= alpha;
        return (significant ? capitalised(claim) : "No evidence that " + claim) + " (" + pValue(adjustedP)
                + after(correction) + "): " + (significant ? "significant" : "not significant") + " at "
                + percent(alpha) + " %.";
    }

    /**
     * For a correlation, e.g. "positive correlation (r = 0.91, p = 0.0021 after Holm): significant at
     * 5 %."; a NaN coefficient or p-value gives "not testable: ..." with the correlation's note.
     */
    public static String correlation(double r, double adjustedP, double alpha, String correction) {
        Checks.probability(alpha, "alpha");
        if (Double.isNaN(r) || Double.isNaN(adjustedP)) {
            return "not testable: fewer than 3 points or a constant variable.";
        }
        String direction = r > 0 ? "positive" : r < 0 ? "negative" : "no";
        boolean significant = adjustedP <= alpha;
        return capitalised(direction) + " correlation (r = " + String.format(Locale.ROOT, "%.2f", r) + ", "
                + pValue(adjustedP) + after(correction) + "): " + (significant ? "significant" : "not significant")
                + " at " + percent(alpha) + " %.";
    }

    /** "p = 0.0123", "p < 0.0001", as in every verdict. */
    public static String pValue(double p) {
        return p < SMALLEST_SHOWN_P ? "p < 0.0001" : String.format(Locale.ROOT, "p = %.4f", p);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String difference(String nameA, String nameB, double meanA, double meanB) {
        double gap = Math.abs(meanA - meanB);
        if (gap == 0) {
            return nameA + " and " + nameB + " have the same mean";
        }
        String direction = meanA < meanB ? " is lower than " : " is higher than ";
        String amount = gap < 0.005 ? "less than 0.01" : String.format(Locale.ROOT, "%.2f", gap);
        return nameA + direction + nameB + " by " + amount + " points";
    }

    private static String after(String correction) {
        boolean none = correction == null || correction.isBlank()
                || correction.strip().equalsIgnoreCase(Correction.NONE.id());
        return none ? "" : " after " + correction.strip();
    }

    /** 0.05 gives "5", 0.001 gives "0.1". */
    private static String percent(double alpha) {
        return new BigDecimal(Double.toString(alpha)).movePointRight(2).stripTrailingZeros().toPlainString();
    }
}
