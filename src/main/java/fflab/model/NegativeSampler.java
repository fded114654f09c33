package fflab.model;

import java.util.SplittableRandom;
import java.util.function.Supplier;

/** Chooses the label that turns an image into a negative example. */
public final class NegativeSampler {
    private final NegativeMode mode;
    private final int classes;

    public NegativeSampler(NegativeMode mode, int classes) {
        this.mode = mode;
        this.classes = classes;
    }

    /**
     * @param labels the true labels
     * @param rng the training run's generator
     * @param goodness the current model's goodness per label (only read for HARD; null before any layer trained)
     */
    public int[] draw(int[] labels, SplittableRandom rng, Supplier<LabelGoodness> goodness) {
        return switch (mode) {
            case WRONG -> uniformWrong(labels, rng);
            case SHUFFLED -> shuffled(labels, rng);
            case HARD -> {
                LabelGoodness g = goodness.get();
                yield g == null ? uniformWrong(labels, rng) : hard(labels, rng, g);
            }
        };
    }

    private int[] uniformWrong(int[] labels, SplittableRandom rng) {
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = (labels[i] + 1 + rng.nextInt(classes - 1)) % classes;
        }
        return out;
    }

    private static int[] shuffled(int[] labels, SplittableRandom rng) {
        int[] perm = Permutations.random(labels.length, rng);
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = labels[perm[i]];
        }
        return out;
    }

    /** A wrong label with probability proportional to exp(goodness): the model's most tempting mistakes. */
    private int[] hard(int[] labels, SplittableRandom rng, LabelGoodness g) {
        double[] summed = g.summed(0);
        int[] out = new int[labels.length];
        double[] weights = new double[classes];
        for (int i = 0; i < labels.length; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int l = 0; l < classes; l++) {
                if (l != labels[i]) {
                    max = Math.max(max, summed[i * classes + l]);
                }
            }
            double total = 0;
            for (int l = 0; l < classes; l++) {
                weights[l] = l == labels[i] ? 0 : Math.exp(summed[i * classes + l] - max);
                total += weights[l];
            }
            double u = rng.nextDouble() * total;
            int chosen = -1;
            for (int l = 0; l < classes && chosen < 0; l++) {
                u -= weights[l];
                if (u < 0 && weights[l] > 0) {
                    chosen = l;
                }
            }
            out[i] = chosen >= 0 ? chosen : (labels[i] + 1) % classes;
        }
        return out;
    }
}
