package fflab.saliency;

import fflab.stats.Correction;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Adjusted p-values for a family of tests, in the input order. */
public final class MultipleTesting {
    private MultipleTesting() {}

    public static double[] adjust(double[] p, Correction correction) {
        return switch (correction) {
            case NONE -> p.clone();
            case HOLM -> holm(p);
            case BENJAMINI_HOCHBERG -> benjaminiHochberg(p);
        };
    }

    /** Holm's step-down adjustment: {@code max_{j <= i} min(1, (m - j) p_(j))} over the sorted p-values. */
    public static double[] holm(double[] p) {
        int m = p.length;
        Integer[] order = ascending(p);
        double[] out = new double[m];
        double running = 0;
        for (int i = 0; i < m; i++) {
            running = Math.max(running, Math.min(1.0, (m - i) * p[order[i]]));
            out[order[i]] = running;
        }
        return out;
    }

    /** Benjamini-Hochberg step-up adjustment: {@code min_{j >= i} min(1, m p_(j) / j)}. */
    public static double[] benjaminiHochberg(double[] p) {
        int m = p.length;
        Integer[] order = ascending(p);
        double[] out = new double[m];
        double running = 1.0;
        for (int i = m - 1; i >= 0; i--) {
            running = Math.min(running, Math.min(1.0, m * p[order[i]] / (i + 1)));
            out[order[i]] = running;
        }
        return out;
    }

    private static Integer[] ascending(double[] p) {
        for (double v : p) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("p-values must lie in [0, 1], got " + Arrays.toString(p));
            }
        }
        Integer[] order = IntStream.range(0, p.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        return order;
    }
}
