package fflab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class FFLossTest {

    @Test
    @DisplayName("loss is the mean of softplus(theta - g_pos) and softplus(g_neg - theta), as the reference code")
    void matchesReferenceFormula() {
        INDArray g = Nd4j.createFromArray(1.0f, 3.0f, 0.5f, 4.0f);
        INDArray grad = Nd4j.create(g.dataType(), 4);
        FFLoss.Result r = FFLoss.lossAndGradient(g, FFLoss.stackedSigns(2), 2.0, grad);
        double loss = r.loss();
        double expected = (Math.log1p(Math.exp(2 - 1.0)) + Math.log1p(Math.exp(2 - 3.0))
                + Math.log1p(Math.exp(0.5 - 2)) + Math.log1p(Math.exp(4.0 - 2))) / 4;
        assertThat(loss).isCloseTo(expected, within(1e-6));
        assertThat(r.meanPositiveGoodness()).isCloseTo(2.0, within(1e-6));
        assertThat(r.meanNegativeGoodness()).isCloseTo(2.25, within(1e-6));
        // positives are pushed up (negative gradient), negatives down
        assertThat(grad.getDouble(0)).isNegative();
        assertThat(grad.getDouble(1)).isNegative();
        assertThat(grad.getDouble(2)).isPositive();
        assertThat(grad.getDouble(3)).isPositive();
    }

    @Test
    @DisplayName("the loss stays finite when goodness is thousands above theta (sum goodness of wide layers)")
    void stableForLargeGoodness() {
        INDArray g = Nd4j.createFromArray(5000.0f, 5000.0f);
        INDArray grad = Nd4j.create(g.dataType(), 2);
        double loss = FFLoss.lossAndGradient(g, FFLoss.stackedSigns(1), 10.0, grad).loss();
        assertThat(loss).isCloseTo((5000.0 - 10.0) / 2, within(1e-3));
        assertThat(grad.getDouble(0)).isCloseTo(0.0, within(1e-12));
        assertThat(grad.getDouble(1)).isCloseTo(0.5, within(1e-9));
    }
}
