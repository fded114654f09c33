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
    private final double[] runningMean;
    private final DataType type;

    public PeerNormalisation(double weight, long units, DataType type) {
        this.weight = weight;
        this.runningMean = new double[Math.toIntExact(units)];
        java.util.Arrays.fill(runningMean, INITIAL_MEAN);
        this.type = type;
    }

    /**
     * Updates the running mean from the positive rows' activities and returns the gradient of the
     * peer loss with respect to each of those activities: the same row for every positive row.
     */
    public INDArray update(INDArray positiveActivities) {
        double[] batchMean = positiveActivities.mean(0).toDoubleVector();
        return Nd4j.create(update(batchMean, positiveActivities.rows()), new long[] {1, runningMean.length}, type);
    }

    /**
     * As {@link #update(INDArray)}, from the positive rows' column means ({@code rows} rows); the
     * gradient row on the host.
     */
    public double[] update(double[] batchMean, long rows) {
        int units = runningMean.length;
        double overall = 0;
        for (int j = 0; j < units; j++) {
            runningMean[j] = MOMENTUM * runningMean[j] + (1 - MOMENTUM) * batchMean[j];
            overall += runningMean[j];
        }
        overall /= units;
        // dLoss/dm_j = 2 weight (m_j - mean(m)) / units, and dm_j/dh_ij = (1 - momentum) / rows
        double factor = weight * 2.0 / units * (1 - MOMENTUM) / rows;
        double[] gradient = new double[units];
        for (int j = 0; j < units; j++) {
            gradient[j] = (runningMean[j] - overall) * factor;
        }
        return gradient;
    }
}
