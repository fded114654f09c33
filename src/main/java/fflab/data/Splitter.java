package fflab.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Splits a dataset's training file into training and validation sets by a seeded shuffle; the
 * test set stays as it is. The same seed always gives the same split (java.util.Random's
 * sequence is fixed by its specification).
 */
public final class Splitter {
    public static final int DEFAULT_VALIDATION_SIZE = 10_000;

    /** Positions in the full training set: train in shuffled order, then validation. */
    public record SplitIndices(int[] train, int[] validation) {
    }

    private Splitter() {
    }

    /** The default split: 10,000 validation images, all the rest for training. */
    public static Split split(LoadedDataset d, long seed) {
        return split(d, DEFAULT_VALIDATION_SIZE, seed, 0);
    }

    /**
     * @param validationSize images held out for validation, 1..n-1
     * @param trainLimit     0 for all remaining images, else keep only the first trainLimit of them (quick runs)
     */
    public static Split split(LoadedDataset d, int validationSize, long seed, int trainLimit) {
        SplitIndices idx = indices(d.train().size(), validationSize, seed, trainLimit);
        return new Split(d.train().subset(idx.train()), d.train().subset(idx.validation()), d.test());
    }

    /** The positions {@link #split} takes, for checks and provenance. */
    public static SplitIndices indices(int total, int validationSize, long seed, int trainLimit) {
        if (validationSize < 1 || validationSize >= total) {
            throw new DataException("Validation size must be between 1 and " + (total - 1)
                    + " (the training file has " + total + " images), got " + validationSize);
        }
        int trainAvailable = total - validationSize;
        if (trainLimit < 0 || trainLimit > trainAvailable) {
            throw new DataException("Train limit must be between 0 (no limit) and " + trainAvailable
                    + " (" + total + " images minus " + validationSize + " for validation), got " + trainLimit);
        }
        int[] order = shuffled(total, seed);
        int trainSize = trainLimit == 0 ? trainAvailable : trainLimit;
        return new SplitIndices(Arrays.copyOf(order, trainSize), Arrays.copyOfRange(order, trainAvailable, total));
    }

    /**
     * 0..n-1 shuffled by {@link Collections#shuffle}: Fisher-Yates from the last element down, swapping
     * with {@code random.nextInt(i + 1)}, the order every recorded split was made in.
     */
    private static int[] shuffled(int n, long seed) {
        List<Integer> order = IntStream.range(0, n).boxed().collect(Collectors.toCollection(ArrayList::new));
        Collections.shuffle(order, new Random(seed));
        return order.stream().mapToInt(Integer::intValue).toArray();
    }
}
