package fflab.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Ordering of config values as a person expects it: numbers by size ("5" before "10"), number
 * lists element by element ("[200,200]" before "[1000]"), anything else alphabetically.
 */
public final class AxisValues {
    /** What a run without the key shows, e.g. a BP run for "theta". */
    public static final String UNSET = "(unset)";

    public static final Comparator<String> ORDER = AxisValues::compare;

    private AxisValues() {
    }

    static int compare(String a, String b) {
        List<Double> x = numbers(a);
        List<Double> y = numbers(b);
        if (x == null || y == null) {
            return x != null ? -1 : y != null ? 1 : a.compareTo(b);
        }
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = Double.compare(x.get(i), y.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    }

    /** The value as one number, for a numeric chart axis; empty for lists and text. */
    public static OptionalDouble number(String value) {
        List<Double> n = numbers(value);
        return n != null && n.size() == 1 && !value.strip().startsWith("[") ? OptionalDouble.of(n.get(0))
                : OptionalDouble.empty();
    }

    /** "5" gives [5], "[200,200]" gives [200, 200], anything else null. */
    private static List<Double> numbers(String value) {
        String v = value.strip();
        if (v.startsWith("[") && v.endsWith("]")) {
            v = v.substring(1, v.length() - 1);
        }
        List<Double> out = new ArrayList<>();
        for (String part : v.split(",", -1)) {
            try {
                out.add(Double.parseDouble(part.strip()));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return out;
    }
}
