package fflab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

@DisplayName("SGD with momentum and weight decay")
class SgdMomentumTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DataType.class, names = {"FLOAT", "DOUBLE"})
    @DisplayName("steps as torch.optim.SGD: g += wd p; v = mu v + g (v = g first); p -= lr v")
    void matchesTorchSgd(DataType type) {
        double lr = 0.1;
        double wd = 0.01;
        INDArray p = Nd4j.createFromArray(1.0, -2.0, 0.5).castTo(type);
        Optimizer sgd = Optimizer.Kind.SGD.create(p, lr, wd);
        double[] q = {1.0, -2.0, 0.5};
        double[] v = new double[3];
        double[][] grads = {{0.1, -0.3, 2.0}, {0.2, 0.1, -1.0}, {-0.5, 0.0, 0.3}};
        for (int t = 0; t < grads.length; t++) {
            if (t == 2) {
                sgd.setLearningRate(lr / 2);
            }
            double rate = t == 2 ? lr / 2 : lr;
            sgd.step(p, Nd4j.createFromArray(grads[t]).castTo(type));
            for (int i = 0; i < 3; i++) {
                double g = grads[t][i] + wd * q[i];
                v[i] = t == 0 ? g : SgdMomentum.MOMENTUM * v[i] + g;
                q[i] -= rate * v[i];
                assertThat(p.getDouble(i)).as("step %d, parameter %d", t + 1, i).isCloseTo(q[i], within(type == DataType.FLOAT ? 1e-5 : 1e-12));
            }
        }
    }
}
