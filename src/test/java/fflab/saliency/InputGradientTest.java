package fflab.saliency;

import static org.assertj.core.api.Assertions.assertThat;

import fflab.model.BPNetwork;
import fflab.nn.Dense;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The hand-written input gradient of a BP-MLP against central finite differences, in double precision. */
class InputGradientTest {

    @Test
    void gradientOfTheTrueLogitMatchesFiniteDifferences() {
        BPNetwork net = new BPNetwork(List.of(Dense.init(12, 9, 1, DataType.DOUBLE), Dense.init(9, 7, 2, DataType.DOUBLE),
                Dense.init(7, 10, 3, DataType.DOUBLE)));
        INDArray x = Nd4j.rand(DataType.DOUBLE, 4, 12).subi(0.5).muli(4);
        int[] labels = {3, 0, 9, 3};
        INDArray analytic = InputGradient.ofTrueLogit(net, x, labels);
        double h = 1e-6;
        double worst = 0;
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 12; j++) {
                double original = x.getDouble(i, j);
                x.putScalar(i, j, original + h);
                double plus = logit(net, x, i, labels[i]);
                x.putScalar(i, j, original - h);
                double minus = logit(net, x, i, labels[i]);
                x.putScalar(i, j, original);
                double numeric = (plus - minus) / (2 * h);
                worst = Math.max(worst, Math.abs(numeric - analytic.getDouble(i, j)));
            }
        }
        assertThat(worst).as("largest absolute error").isLessThan(1e-7);
        assertThat(analytic.norm2Number().doubleValue()).isGreaterThan(1e-3);
    }

    /** The true class's logit by a plain forward pass through the hidden layers. */
    private static double logit(BPNetwork net, INDArray x, int row, int label) {
        INDArray a = x.getRow(row, true);
        List<Dense> layers = net.layers();
        for (int k = 0; k < layers.size() - 1; k++) {
            a = org.nd4j.linalg.ops.transforms.Transforms.relu(layers.get(k).preActivation(a), false);
        }
        return layers.get(layers.size() - 1).preActivation(a).getDouble(0, label);
    }
}
