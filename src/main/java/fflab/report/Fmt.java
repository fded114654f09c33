package fflab.report;

import fflab.stats.Interval;
import fflab.stats.Verdicts;
import java.util.Locale;

/** Number formats of the report; a missing number (NaN) shows as an em dash. */
final class Fmt {
    static final String MISSING = "\u2014";

    private Fmt() {
    }

    static String fixed(double value, int decimals) {
        return Double.isNaN(value) ? MISSING : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** An accuracy in percent: "97.41". */
    static String percent(double value) {
        return fixed(value, 2);
    }

    /** "[96.80, 97.95]", or a dash when it could not be computed (fewer than 2 seeds). */
    static String interval(Interval interval) {
        return interval.isDefined() ? "[" + percent(interval.lower()) + ", " + percent(interval.upper()) + "]"
                : MISSING;
    }

    /** "0.0123" or "< 0.0001", as the verdicts write p-values. */
    static String p(double p) {
        return Double.isNaN(p) ? MISSING : Verdicts.pValue(p).replaceFirst("^p (= )?", "");
    }

    /** A statistic or effect size: 4 significant digits. */
    static String statistic(double value) {
        if (Double.isNaN(value)) {
            return MISSING;
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "\u221e" : "-\u221e";
        }
        return String.format(Locale.ROOT, "%.4g", value);
    }

    /** "42.0 s", "3.5 min", "2.10 h". */
    static String duration(double seconds) {
        if (Double.isNaN(seconds)) {
            return MISSING;
        }
        if (seconds < 120) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        return seconds < 7200 ? String.format(Locale.ROOT, "%.1f min", seconds / 60)
                : String.format(Locale.ROOT, "%.2f h", seconds / 3600);
    }

    /** "1 run", "3 runs". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
