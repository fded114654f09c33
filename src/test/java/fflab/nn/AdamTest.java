package fflab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

@DisplayName("Adam optimiser")
class AdamTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DataType.class, names = {"FLOAT", "DOUBLE"})
    @DisplayName("fflab's fused Adam step equals Kingma & Ba's update, step after step")
    void matchesTextbookAdam(DataType type) {
        double lr = 0.03;
        INDArray p = Nd4j.createFromArray(1.0, -2.0, 0.5).castTo(type);
        Adam adam = new Adam(p, lr);
        double[] q = {1.0, -2.0, 0.5};
        double[] m = new double[3];
        double[] v = new double[3];
        double[][] grads = {{0.1, -0.3, 2.0}, {0.2, 0.1, -1.0}, {-0.5, 0.0, 0.3}};
        for (int t = 1; t <= grads.length; t++) {
            adam.step(p, Nd4j.createFromArray(grads[t - 1]).castTo(type));
            for (int i = 0; i < 3; i++) {
                double g = grads[t - 1][i];
                m[i] = Adam.BETA1 * m[i] + (1 - Adam.BETA1) * g;
                v[i] = Adam.BETA2 * v[i] + (1 - Adam.BETA2) * g * g;
                double mHat = m[i] / (1 - Math.pow(Adam.BETA1, t));
                double vHat = v[i] / (1 - Math.pow(Adam.BETA2, t));
                q[i] -= lr * mHat / (Math.sqrt(vHat) + Adam.EPSILON);
            }
            for (int i = 0; i < 3; i++) {
                assertThat(p.getDouble(i)).as("step %d, parameter %d", t, i).isCloseTo(q[i], within(type == DataType.FLOAT ? 1e-5 : 1e-6));
            }
        }
        assertThat(adam.iterations()).isEqualTo(3);
    }
}
