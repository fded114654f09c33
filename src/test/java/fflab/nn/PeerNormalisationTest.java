package fflab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

@DisplayName("Peer normalisation")
class PeerNormalisationTest {

    @Test
    @DisplayName("its gradient is the finite difference of weight * mean_j (mean(m) - m_j)^2 through this batch's mean")
    void gradientMatchesFiniteDifferences() {
        double weight = 0.03;
        INDArray h = Nd4j.rand(DataType.DOUBLE, 4, 5);
        h.putScalar(0, 1, 3.0); // one busy unit
        h.getColumn(3).assign(0); // one dead unit
        INDArray gradient = new PeerNormalisation(weight, 5, DataType.DOUBLE).update(h);
        double eps = 1e-6;
        for (int j = 0; j < 5; j++) {
            INDArray up = h.dup();
            up.putScalar(2, j, h.getDouble(2, j) + eps);
            INDArray down = h.dup();
            down.putScalar(2, j, h.getDouble(2, j) - eps);
            double numeric = (loss(weight, up) - loss(weight, down)) / (2 * eps);
            assertThat(gradient.getDouble(0, j)).as("unit %d", j).isCloseTo(numeric, within(1e-8));
        }
        assertThat(gradient.getDouble(0, 3)).as("a dead unit is pulled up").isNegative();
        assertThat(gradient.getDouble(0, 1)).as("a busy unit is pushed down").isPositive();
    }

    /** The peer loss after one update of a fresh running mean with the activities h. */
    private static double loss(double weight, INDArray h) {
        INDArray m = h.mean(0).muli(1 - PeerNormalisation.MOMENTUM).addi(PeerNormalisation.MOMENTUM
                * PeerNormalisation.INITIAL_MEAN);
        INDArray d = m.sub(m.meanNumber().doubleValue());
        return weight * d.mul(d).meanNumber().doubleValue();
    }
}
