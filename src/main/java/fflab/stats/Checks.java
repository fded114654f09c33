package fflab.stats;

import java.util.List;

/** Argument checks shared by the tests: malformed input is a caller's bug, so it throws. */
final class Checks {
    private Checks() {
    }

    static void finite(double[] values, String name) {
        if (values == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is " + values[i] + "; values must be finite");
            }
        }
    }

    static void pairs(double[] a, double[] b) {
        finite(a, "a");
        finite(b, "b");
        sameLength(a.length, b.length);
    }

    static void sameLength(int a, int b) {
        if (a != b) {
            throw new IllegalArgumentException("paired samples must have the same length, got " + a + " and " + b);
        }
    }

    static void groups(List<double[]> groups) {
        if (groups == null) {
            throw new IllegalArgumentException("groups must not be null");
        }
        for (int i = 0; i < groups.size(); i++) {
            finite(groups.get(i), "group " + i);
        }
    }

    static void probability(double p, String name) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException(name + " must be strictly between 0 and 1, got " + p);
        }
    }
}
