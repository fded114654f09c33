package fflab.experiment.spec;

import java.util.List;
import java.util.Map;

/** Shape arithmetic and checks shared by the model families. */
final class MlpShapes {
    static final int PIXELS = 28 * 28;
    static final int CLASSES = 10;

    private MlpShapes() {}

    static List<Long> longs(List<Integer> values) {
        return values.stream().map(Integer::longValue).toList();
    }

    @SuppressWarnings("unchecked")
    static List<Integer> ints(Object values) {
        return ((List<Long>) values).stream().map(Math::toIntExact).toList();
    }

    /** 2 flops per multiply-add of one forward pass of {@code images} images through the dense layers. */
    static double forwardFlops(List<Integer> hidden, boolean softmaxOutput, int images) {
        double macs = 0;
        int in = PIXELS;
        for (int width : hidden) {
            macs += (double) in * width;
            in = width;
        }
        if (softmaxOutput) {
            macs += (double) in * CLASSES;
        }
        return 2 * macs * images;
    }

    /** Batches per epoch; batch size 0 is one full batch. */
    static long batches(int batchSize, int trainImages) {
        return batchSize == 0 ? 1 : (trainImages + batchSize - 1) / batchSize;
    }

    /** Accuracy measurements of {@code stages} training stages of {@code epochs} epochs each. */
    static int probes(int epochs, int evalEvery, int stages) {
        return stages * (evalEvery == 0 ? 1 : (epochs + evalEvery - 1) / evalEvery);
    }

    static void batchWithinTrainingSet(Map<String, Object> v, int trainImages, List<Conflict> conflicts) {
        long batch = (Long) v.get("batch_size");
        if (batch > trainImages) {
            conflicts.add(new Conflict("batch_size", "batches of " + batch + " images need at least that many "
                    + "training images, but the run trains on " + trainImages));
        }
    }
}
