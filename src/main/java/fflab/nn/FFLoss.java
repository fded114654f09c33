package fflab.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The Forward-Forward losses of one layer. The positive/negative loss, as in the reference code: the mean over all rows of
 * {@code softplus(theta - g)} for positive rows and {@code softplus(g - theta)} for negative rows.
 *
 * <p>Rows carry a sign: -1 for positive data, +1 for negative data, so every row's loss is
 * {@code softplus(sign * (g - theta))} and its derivative {@code sign * sigmoid(sign * (g - theta)) / rows}.
 * The arithmetic runs in double on the host: the vectors are one value per row, and the stable
 * softplus keeps the loss finite when goodness is far above theta (sum goodness of a wide layer).
 *
 * <p>The channel-wise competition loss (CwC, Papachristodoulou et al., AAAI 2024) needs no negative
 * data: each class owns a group of the layer's channels, the group's goodness is a class score, and
 * the loss is the softmax cross-entropy of those scores against the true label ({@link #competition}).
 */
public final class FFLoss {
    private FFLoss() {}

    /** The mean loss and the mean goodness of the positive and of the negative rows. */
    public record Result(double loss, double meanPositiveGoodness, double meanNegativeGoodness) {}

    /**
     * @param goodness one goodness value per row
     * @param signs -1 for positive rows, +1 for negative rows
     * @param theta the threshold
     * @param gradient receives dLoss/dGoodness, one value per row (same shape as goodness)
     */
    public static Result lossAndGradient(INDArray goodness, double[] signs, double theta, INDArray gradient) {
        double[] grad = new double[(int) goodness.length()];
        Result r = lossAndGradient(goodness.toDoubleVector(), signs, theta, grad);
        gradient.data().setData(grad);
        return r;
    }

    /** As {@link #lossAndGradient(INDArray, double[], double, INDArray)}, on host arrays. */
    public static Result lossAndGradient(double[] g, double[] signs, double theta, double[] grad) {
        int rows = g.length;
        double loss = 0;
        double positive = 0;
        double negative = 0;
        int positives = 0;
        for (int i = 0; i < rows; i++) {
            double t = signs[i] * (g[i] - theta);
            loss += softplus(t);
            grad[i] = signs[i] * sigmoid(t) / rows;
            if (signs[i] < 0) {
                positive += g[i];
                positives++;
            } else {
                negative += g[i];
            }
        }
        return new Result(loss / rows, positive / Math.max(1, positives), negative / Math.max(1, rows - positives));
    }

    /**
     * The channel-wise competition loss: the mean over examples of {@code -log softmax(g_e)[label_e]}.
     *
     * @param g {@code [example * classes + class]}: each example's goodness of each class's channel group
     * @param gradient receives dLoss/dg, same layout
     * @return the mean loss, the mean goodness of the true classes' groups and of the other groups
     */
    public static Result competition(double[] g, int[] labels, int classes, double[] gradient) {
        int examples = labels.length;
        double loss = 0;
        double trueGoodness = 0;
        double otherGoodness = 0;
        for (int e = 0; e < examples; e++) {
            int offset = e * classes;
            double max = Double.NEGATIVE_INFINITY;
            double all = 0;
            for (int c = 0; c < classes; c++) {
                max = Math.max(max, g[offset + c]);
                all += g[offset + c];
            }
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                gradient[offset + c] = Math.exp(g[offset + c] - max);
                sum += gradient[offset + c];
            }
            int y = labels[e];
            loss += Math.log(sum) + max - g[offset + y];
            for (int c = 0; c < classes; c++) {
                gradient[offset + c] = (gradient[offset + c] / sum - (c == y ? 1 : 0)) / examples;
            }
            trueGoodness += g[offset + y];
            otherGoodness += (all - g[offset + y]) / (classes - 1);
        }
        return new Result(loss / examples, trueGoodness / examples, otherGoodness / examples);
    }

    /** log(1 + e^t), without overflow for large t. */
    public static double softplus(double t) {
        return Math.max(t, 0) + Math.log1p(Math.exp(-Math.abs(t)));
    }

    public static double sigmoid(double t) {
        return t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));
    }

    /** Signs for a batch of {@code positives} positive rows followed by as many negative rows. */
    public static double[] stackedSigns(int positives) {
        double[] s = new double[2 * positives];
        java.util.Arrays.fill(s, 0, positives, -1.0);
        java.util.Arrays.fill(s, positives, 2 * positives, 1.0);
        return s;
    }
}
