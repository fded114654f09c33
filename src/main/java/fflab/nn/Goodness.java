package fflab.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.reduce.floating.SquaredNorm;
import org.nd4j.linalg.factory.Nd4j;

/**
 * How a layer's activities become its goodness: the sum or the mean of the squared ReLU
 * activities. Hinton's paper uses the sum; the saliency paper's reference code uses the mean.
 */
public enum Goodness {
    SUM,
    MEAN;

    /** The factor c with goodness = c * sum of squared activities, for a layer of this width. */
    public double scale(long width) {
        return this == SUM ? 1.0 : 1.0 / width;
    }

    /** The goodness of each row of non-negative activities, into {@code out} (one value per row, any shape). */
    public void ofRows(INDArray activities, INDArray out) {
        Nd4j.exec(new SquaredNorm(activities, out.reshape(activities.rows()), 1));
        out.muli(scale(activities.columns()));
    }
}
