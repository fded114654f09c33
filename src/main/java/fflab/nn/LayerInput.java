package fflab.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The (length-normalised) input rows of one FF layer for one training step: the positive rows
 * first, then as many negative rows. A layer only needs two products of its input, so an input
 * may compute them without materialising its rows (see {@link OverlaidImageInput}).
 */
public interface LayerInput {

    /** Number of rows: twice the number of images in the step. */
    int rows();

    /** {@code z = X W + b}, into a preallocated {@code [rows, out]} array. */
    void preActivation(Dense layer, INDArray z);

    /**
     * {@code [dW; db] = [X^T dZ; column sums of dZ]}, overwriting {@code dParameters}, which has
     * the shape of {@link Dense#parameters()}.
     */
    void parameterGradient(Dense layer, INDArray dZ, INDArray dParameters);
}
