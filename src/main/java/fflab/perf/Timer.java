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
        Arrays.sort(t);
        return repeats % 2 == 1 ? t[repeats / 2] : (t[repeats / 2 - 1] + t[repeats / 2]) / 2;
    }
}
