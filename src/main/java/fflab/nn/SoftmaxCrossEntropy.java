package fflab.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Softmax with cross-entropy: the output of the back-propagation baselines and of a linear readout. */
public final class SoftmaxCrossEntropy {
    private SoftmaxCrossEntropy() {}

    /**
     * Turns {@code logits} ({@code [rows, classes]}) into dLoss/dLogits = (softmax - onehot) / rows, in place.
     *
     * @return the mean cross-entropy over the rows
     */
    public static double lossAndGradientInPlace(INDArray logits, int[] labels) {
        if (!HostValues.isPlain(logits)) {
            INDArray plain = logits.dup('c');
            double loss = lossAndGradientInPlace(plain, labels);
            logits.assign(plain);
            return loss;
        }
        // one host pass per row (double arithmetic): a handful of ND4J ops cost more than these few values
        HostValues values = HostValues.of(logits);
        int classes = (int) logits.columns();
        double[] row = new double[classes];
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            values.readRow(i * classes, row, classes);
            double max = Double.NEGATIVE_INFINITY;
            for (double v : row) {
                max = Math.max(max, v);
            }
            double total = 0;
            for (int y = 0; y < classes; y++) {
                row[y] = Math.exp(row[y] - max);
                total += row[y];
            }
            for (int y = 0; y < classes; y++) {
                row[y] /= total;
            }
            sum -= Math.log(Math.max(row[labels[i]], 1e-12));
            row[labels[i]] -= 1;
            RowOps.scale(row, classes, 1.0 / labels.length);
            values.writeRow(i * classes, row, classes);
        }
        return sum / labels.length;
    }
}
