package fflab.nn;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Softmax with cross-entropy: the output of the back-propagation baselines and of a linear readout. */
public final class SoftmaxCrossEntropy {
    private SoftmaxCrossEntropy() {}

    /**
     * Turns {@code logits} ({@code [rows, classes]}) into dLoss/dLogits = (softmax - onehot) / rows, in place.
     *
     * @return the mean cross-entropy over the rows
     */
    public static double lossAndGradientInPlace(INDArray logits, int[] labels) {
        int classes = (int) logits.columns();
        INDArray p = Transforms.softmax(logits, false);
        double[] probs = p.dup('c').data().asDouble();
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            sum -= Math.log(Math.max(probs[i * classes + labels[i]], 1e-12));
        }
        double[] ones = new double[labels.length];
        Arrays.fill(ones, 1.0);
        p.subi(Tensors.scaledOneHot(labels, ones, classes, p.dataType())).divi(labels.length);
        return sum / labels.length;
    }
}
