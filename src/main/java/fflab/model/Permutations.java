package fflab.model;

import java.util.SplittableRandom;

/** Seeded permutations for per-epoch shuffles. */
public final class Permutations {
    private Permutations() {}

    /** A uniformly random permutation of 0..n-1 (Fisher-Yates). */
    public static int[] random(int n, SplittableRandom rng) {
        int[] p = identity(n);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /** An epoch's mini-batches: a seeded shuffle of {@code 0..n-1} cut into batches of {@code size} (the last may be short). */
    public static java.util.List<int[]> batches(int n, int size, SplittableRandom rng) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        int[] order = random(n, rng);
        for (int from = 0; from < n; from += size) {
            out.add(slice(order, from, Math.min(n, from + size)));
        }
        return out;
    }

    public static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        return p;
    }

    /** Elements {@code from..to-1} of {@code order}. */
    public static int[] slice(int[] order, int from, int to) {
        return java.util.Arrays.copyOfRange(order, from, to);
    }

    /** {@code values[indices[i]]} for each i. */
    public static int[] pick(int[] values, int[] indices) {
        int[] out = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            out[i] = values[indices[i]];
        }
        return out;
    }
}
