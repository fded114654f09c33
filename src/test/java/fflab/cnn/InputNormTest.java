package fflab.cnn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class InputNormTest {

    @Test
    @DisplayName("layer norm: every map has mean 0 and variance 1; length norm: mean square 1, direction kept")
    void normalisedMaps() {
        INDArray x = Nd4j.rand(DataType.DOUBLE, 4, 50).muli(3).addi(2);
        INDArray layer = Nd4j.create(DataType.DOUBLE, 4, 50);
        InputNorm.LAYER.normalise(x, layer);
        INDArray length = x.dup();
        InputNorm.LENGTH.normalise(length, length);
        for (int i = 0; i < 4; i++) {
            INDArray row = layer.getRow(i);
            assertThat(row.meanNumber().doubleValue()).isCloseTo(0, within(1e-12));
            assertThat(row.mul(row).meanNumber().doubleValue()).isCloseTo(1, within(1e-4));
            INDArray l = length.getRow(i);
            assertThat(l.mul(l).meanNumber().doubleValue()).isCloseTo(1, within(1e-4));
            assertThat(l.getDouble(7) / l.getDouble(3)).isCloseTo(x.getDouble(i, 7) / x.getDouble(i, 3), within(1e-9));
        }
    }
}
