package fflab.saliency;

import fflab.model.BPNetwork;
import fflab.nn.Dense;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Gradient x input saliency for BP-MLPs, the usual gradient-based comparison for ADS: the
 * gradient of the true class's logit with respect to the standardised input, back-propagated by
 * hand through the ReLU layers, times the input's difference from the occlusion baseline.
 */
public final class InputGradient {
    private InputGradient() {}

    /**
     * {@code d logit_{y_i} / d x_i} for every row: {@code [n, features]}.
     *
     * @param standardised standardised images, one per row
     */
    public static INDArray ofTrueLogit(BPNetwork net, INDArray standardised, int[] labels) {
        List<Dense> layers = net.layers();
        List<INDArray> preActivations = new ArrayList<>();
        INDArray a = standardised;
        for (int k = 0; k < layers.size() - 1; k++) {
            INDArray z = layers.get(k).preActivation(a);
            preActivations.add(z);
            a = Transforms.relu(z, true);
        }
        int n = labels.length;
        INDArray delta = Nd4j.create(standardised.dataType(), n, net.classes());
        for (int i = 0; i < n; i++) {
            delta.putScalar(i, labels[i], 1.0);
        }
        for (int k = layers.size() - 1; k >= 0; k--) {
            INDArray upstream = Nd4j.gemm(delta, layers.get(k).weights(), false, true);
            if (k > 0) {
                INDArray z = preActivations.get(k - 1);
                upstream.muli(z.gt(0).castTo(z.dataType())); // ReLU passes the gradient where it was active
            }
            delta = upstream;
        }
        return delta;
    }

    /**
     * Mean over the images of {@code gradient * (x - baseline)} per pixel: positive where the
     * pixel, compared with the baseline, raises the true class's logit.
     */
    public static double[] meanGradientTimesInput(BPNetwork net, INDArray standardised, int[] labels,
                                                  INDArray standardisedBaseline) {
        INDArray gradient = ofTrueLogit(net, standardised, labels);
        INDArray difference = standardised.subRowVector(standardisedBaseline);
        return gradient.muli(difference).mean(0).toDoubleVector();
    }
}
