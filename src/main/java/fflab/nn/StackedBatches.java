package fflab.nn;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Mini-batches of a deeper layer's input held for all images: {@code [2n, width + 1]}, the
 * positive rows of the n images over their negative rows, with a column of ones. A batch of image
 * indices becomes its positive rows over its negative rows in one gather, into a buffer reused
 * for every batch of that size. The gather is a plain Java copy: ND4J's {@code pullRows} runs on
 * its own thread pool, which waits for cores that OpenBLAS's threads still spin on after a multiply.
 */
public final class StackedBatches {
    private final INDArray stacked;
    private final int images;
    private final Map<Integer, INDArray> targets = new HashMap<>();
    private final Map<Integer, int[]> indexBuffers = new HashMap<>();

    public StackedBatches(INDArray stacked) {
        this.stacked = stacked;
        this.images = (int) (stacked.rows() / 2);
    }

    /** The input of the images {@code rows} (null: all, in order; no copy). */
    public LayerInput batch(int[] rows) {
        if (rows == null) {
            return new StackedInput(stacked);
        }
        int b = rows.length;
        int[] both = indexBuffers.computeIfAbsent(b, k -> new int[2 * k]);
        for (int i = 0; i < b; i++) {
            both[i] = rows[i];
            both[b + i] = images + rows[i];
        }
        INDArray target = targets.computeIfAbsent(b, k -> Nd4j.create(stacked.dataType(), 2L * k, stacked.columns()));
        HostValues.gatherRows(stacked, both, target);
        return new StackedInput(target);
    }
}
