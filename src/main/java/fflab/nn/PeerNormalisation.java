package fflab.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Hinton's peer normalisation of one FF layer, as the loeweX reimplementation: a running mean
 * {@code m} of every unit's activity on positive data, and an extra loss
 * {@code weight * mean_j (mean(m) - m_j)^2} that pulls rarely active units up and very active ones
 * down, so that no unit dies or takes over. Its gradient reaches the pre-activations straight
 * through the ReLU (a dead unit must still feel it), and only through this batch's part of the
 * running mean.
 */
public final class PeerNormalisation {
    public static final double MOMENTUM = 0.9;
    public static final double INITIAL_MEAN = 0.5;

    private final double weight;
    private final INDArray runningMean;

    public PeerNormalisation(double weight, long units, DataType type) {
        this.weight = weight;
        this.runningMean = Nd4j.valueArrayOf(new long[] {1, units}, INITIAL_MEAN, type);
    }

    /**
     * Updates the running mean from the positive rows' activities and returns the gradient of the
     * peer loss with respect to each of those activities: the same row for every positive row.
     */
    public INDArray update(INDArray positiveActivities) {
        long units = runningMean.columns();
        INDArray batchMean = positiveActivities.mean(0).reshape(1, units);
        runningMean.muli(MOMENTUM).addi(batchMean.muli(1 - MOMENTUM));
        double overall = runningMean.meanNumber().doubleValue();
        // dLoss/dm_j = 2 weight (m_j - mean(m)) / units, and dm_j/dh_ij = (1 - momentum) / rows
        return runningMean.sub(overall).muli(weight * 2.0 / units * (1 - MOMENTUM) / positiveActivities.rows());
    }
}
