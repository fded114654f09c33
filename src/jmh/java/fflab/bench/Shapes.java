package fflab.bench;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Seeded random inputs of the shapes fflab trains on, built outside the measured methods. */
final class Shapes {
    private Shapes() {}

    /** "50000x784x500" -> {50000, 784, 500}. */
    static int[] parse(String shape) {
        return java.util.Arrays.stream(shape.split("x")).mapToInt(Integer::parseInt).toArray();
    }

    static INDArray gaussian(int rows, int cols, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] v = new float[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) rng.nextGaussian();
        }
        return Nd4j.create(v, new long[] {rows, cols}, 'c');
    }

    static int[] labels(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = rng.nextInt(10);
        }
        return y;
    }

    static int[] wrongLabels(int[] labels, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[] y = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            y[i] = (labels[i] + 1 + rng.nextInt(9)) % 10;
        }
        return y;
    }
}
