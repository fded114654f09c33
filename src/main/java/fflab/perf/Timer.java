package fflab.perf;

import java.util.Arrays;

/** Median wall time of a repeated action, after warm-up runs. */
public final class Timer {
    private Timer() {}

    public static double medianSeconds(int warmups, int repeats, Runnable action) {
        for (int i = 0; i < warmups; i++) {
            action.run();
        }
        double[] t = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            action.run();
            t[i] = (System.nanoTime() - start) / 1e9;
        }
        return median(t);
    }

    /** The median of {@code values} (sorts a copy). */
    public static double median(double[] values) {
        double[] t = values.clone();
        Arrays.sort(t);
        int n = t.length;
        return n % 2 == 1 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2;
    }
}
