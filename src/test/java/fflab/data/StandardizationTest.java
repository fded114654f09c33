package fflab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

@DisplayName("Standardisation of images")
class StandardizationTest {

    @Test
    void mnistUsesTheReferenceConstants() {
        Standardization s = Standardization.forDataset(DatasetId.MNIST, RealData.mnist().train());
        assertThat(s.mean()).isEqualTo(0.1307);
        assertThat(s.std()).isEqualTo(0.3081);
        assertThat(s.standardisedZero()).isCloseTo(-0.4242127, within(1e-6));
        // the reference constants are the measured ones, rounded
        Standardization measured = Standardization.measure(RealData.mnist().train());
        assertThat(measured.mean()).isCloseTo(0.1307, within(1e-4));
        assertThat(measured.std()).isCloseTo(0.3081, within(1e-4));
    }

    @Test
    void fashionConstantsMatchTheFullTrainingFile() {
        ImageSet train = RealData.fashion().train();
        Standardization measured = Standardization.measure(train);
        Standardization s = Standardization.forDataset(DatasetId.FASHION_MNIST, train);
        assertThat(s).isEqualTo(Standardization.FASHION_MNIST);
        assertThat(measured.mean()).isCloseTo(s.mean(), within(1e-4));
        assertThat(measured.std()).isCloseTo(s.std(), within(1e-4));
        assertThat(measured.mean()).isCloseTo(0.2860406, within(1e-6));  // float32 pixels vs the exact bytes
    }

    @Test
    void standardisedMnistTrainingSetHasMeanZeroAndStdOne() {
        ImageSet train = RealData.mnist().train();
        INDArray x = Standardization.MNIST.apply(train.images());
        assertThat(x).isNotSameAs(train.images());
        assertThat(x.dataType()).isEqualTo(DataType.FLOAT);
        Standardization after = Standardization.measure(new ImageSet(x, train.labels(), train.rows(), train.cols()));
        assertThat(after.mean()).isCloseTo(0.0, within(0.01));
        assertThat(after.std()).isCloseTo(1.0, within(0.01));
        assertThat(x.minNumber().doubleValue()).isCloseTo(Standardization.MNIST.standardisedZero(), within(1e-6));
        assertThat(train.images().minNumber().doubleValue()).as("apply leaves its input alone").isEqualTo(0.0);
    }

    @Test
    void applyInPlaceOverwritesAndMatchesApply() {
        INDArray rows = RealData.mnist().test().head(50).images();
        INDArray expected = Standardization.MNIST.apply(rows);
        Standardization.MNIST.applyInPlace(rows);
        assertThat(rows.equalsWithEps(expected, 1e-6)).isTrue();
        assertThat(rows.getFloat(0, 0)).isCloseTo((float) Standardization.MNIST.standardisedZero(), within(1e-6f));
        assertThatThrownBy(() -> Standardization.MNIST.applyInPlace(Nd4j.zeros(DataType.INT32, 2, 2)))
                .isInstanceOf(DataException.class).hasMessageContaining("floating-point");
    }

    @Test
    void applyConvertsOtherTypesToFloat32() {
        INDArray doubles = RealData.mnist().test().head(5).images().castTo(DataType.DOUBLE);
        INDArray x = Standardization.MNIST.apply(doubles);
        assertThat(x.dataType()).isEqualTo(DataType.FLOAT);
        assertThat(x.getDouble(0, 0)).isCloseTo(Standardization.MNIST.standardisedZero(), within(1e-6));
    }

    @Test
    void standardisationIsDefinedOnTheFullTrainingFileOnly() {
        ImageSet part = RealData.mnist().test();
        assertThatThrownBy(() -> Standardization.forDataset(DatasetId.FASHION_MNIST, part))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("full training file of 60000 images, got a set of 10000");
        assertThatThrownBy(() -> new Standardization(0.5, 0)).isInstanceOf(DataException.class);
    }
}
