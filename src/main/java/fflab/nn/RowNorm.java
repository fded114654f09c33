package fflab.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * How an FF-MLP layer normalises its input rows: to length 1 ({@code x / (||x|| + 1e-4)}, the saliency
 * paper's reference code) or to a root mean square of 1 ({@code sqrt(d) x / (||x|| + 1e-4)}, as Hinton's
 * Matlab code and the loeweX reimplementation). Both pass on only the direction of the activity
 * vector; they differ by the constant {@code sqrt(d)}, which sets the scale the weights, the
 * threshold and a plain SGD learning rate work at.
 */
public enum RowNorm {
    LENGTH,
    RMS;

    /** The length of a normalised row of {@code width} values. */
    public double length(long width) {
        return this == LENGTH ? 1.0 : Math.sqrt(width);
    }

    /** What a row of the given squared length is divided by. */
    public double divisor(double squaredLength, long width) {
        return (Math.sqrt(squaredLength) + LengthNorm.EPSILON) / length(width);
    }

    /** Writes the normalised rows of {@code source} into {@code target} (may be the same array). */
    public void normaliseRows(INDArray source, INDArray target) {
        LengthNorm.normaliseRows(source, target);
        if (this == RMS) {
            target.muli(length(target.columns()));
        }
    }

    /**
     * As {@link #normaliseRows(INDArray, INDArray)}, as one host pass over each row (both arrays
     * {@link HostValues#isPlain plain}, same shape): for a training step's activities, where the
     * five ND4J ops of the general path cost more than the arithmetic.
     */
    public void normaliseRowsOnHost(INDArray source, INDArray target) {
        HostValues from = HostValues.of(source);
        HostValues to = HostValues.of(target);
        int width = (int) source.columns();
        double length = length(width);
        HostLoops.forRange((int) source.rows(), width, (first, end) -> {
            double[] row = new double[width];
            for (int r = first; r < end; r++) {
                from.readRow(r * width, row, width);
                double sum = 0;
                for (double v : row) {
                    sum += v * v;
                }
                RowOps.scale(row, width, length / (Math.sqrt(sum) + LengthNorm.EPSILON));
                to.writeRow(r * width, row, width);
            }
        });
    }

    /** The normalised rows of {@code source}, as a new array. */
    public INDArray normaliseRows(INDArray source) {
        INDArray target = source.dup();
        normaliseRows(target, target);
        return target;
    }
}
