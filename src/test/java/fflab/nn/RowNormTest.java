package fflab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

@DisplayName("Row normalisation of FF layer inputs")
class RowNormTest {

    @Test
    @DisplayName("LENGTH gives rows of length 1, RMS rows of root mean square 1 (length sqrt(d))")
    void lengths() {
        INDArray x = Nd4j.createFromArray(new double[][] {{3, 4, 0, 0}, {1, 1, 1, 1}}).castTo(DataType.DOUBLE);
        INDArray length = RowNorm.LENGTH.normaliseRows(x);
        INDArray rms = RowNorm.RMS.normaliseRows(x);
        for (int r = 0; r < 2; r++) {
            assertThat(length.getRow(r).norm2Number().doubleValue()).isCloseTo(1.0, within(1e-3));
            assertThat(rms.getRow(r).norm2Number().doubleValue()).isCloseTo(2.0, within(1e-3));
            double meanSquare = rms.getRow(r).mul(rms.getRow(r)).meanNumber().doubleValue();
            assertThat(meanSquare).isCloseTo(1.0, within(1e-3));
        }
        assertThat(rms.getDouble(0, 0) / rms.getDouble(0, 1)).isCloseTo(0.75, within(1e-12));
        assertThat(RowNorm.RMS.divisor(25.0, 4)).isCloseTo((5 + LengthNorm.EPSILON) / 2, within(1e-12));
    }

    @Test
    @DisplayName("the first layer's overlay algebra normalises to RMS 1 as a materialised overlay would")
    void overlayBasisFollowsTheNorm() {
        INDArray images = Nd4j.rand(DataType.DOUBLE, 5, 30).subi(0.3);
        int[] labels = {0, 3, 9, 2, 2};
        INDArray viaBasis = OverlayBasis.of(images, 2.5, 10, RowNorm.RMS).materialise(labels);
        INDArray overlaid = images.dup();
        for (int i = 0; i < labels.length; i++) {
            for (int j = 0; j < 10; j++) {
                overlaid.putScalar(i, j, j == labels[i] ? 2.5 : 0);
            }
        }
        INDArray direct = RowNorm.RMS.normaliseRows(overlaid);
        assertThat(viaBasis.sub(direct).amaxNumber().doubleValue()).isLessThan(1e-9);
    }

    @Test
    @DisplayName("the host pass of a training step normalises as the general path, in float and double")
    void hostPassMatchesGeneralPath() {
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            INDArray x = Nd4j.rand(type, 7, 33).subi(0.4);
            x.getRow(3).assign(0); // an all-zero row stays zero
            for (RowNorm norm : RowNorm.values()) {
                INDArray host = Nd4j.create(type, 7, 33);
                norm.normaliseRowsOnHost(x, host);
                double tolerance = type == DataType.FLOAT ? 1e-6 : 1e-12;
                assertThat(host.sub(norm.normaliseRows(x)).amaxNumber().doubleValue()).as("%s %s", norm, type)
                        .isLessThan(tolerance * norm.length(33));
            }
        }
    }
}
