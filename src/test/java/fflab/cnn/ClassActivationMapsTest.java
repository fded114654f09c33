package fflab.cnn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fflab.data.ImageSet;
import fflab.model.ImageClassifier;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClassActivationMapsTest {
    private static final ImageSet DIGITS = SmallCnns.split().test().head(60);

    @Test
    @DisplayName("a map per image, 28x28, non-negative, scaled to a maximum of 1")
    void shapeAndScale() {
        for (ImageClassifier model : new ImageClassifier[] {SmallCnns.bp().classifier(), SmallCnns.ff().classifier()}) {
            double[][] cams = ClassActivationMaps.of(model, DIGITS.images(), DIGITS.labels());
            assertThat(cams).hasNumberOfRows(DIGITS.size());
            for (double[] cam : cams) {
                assertThat(cam).hasSize(784);
                assertThat(Arrays.stream(cam).min().orElseThrow()).isGreaterThanOrEqualTo(0.0);
                assertThat(Arrays.stream(cam).max().orElseThrow()).isCloseTo(1.0, within(1e-12));
            }
        }
    }

    @Test
    @DisplayName("bilinear upsampling keeps constants, keeps the size when it matches and interpolates between centres")
    void upsampling() {
        assertThat(ClassActivationMaps.upsample(new double[] {2, 2, 2, 2}, 2, 2, 5, 5)).containsOnly(2.0);
        double[] m = {0, 1, 2, 3};
        assertThat(ClassActivationMaps.upsample(m, 2, 2, 2, 2)).containsExactly(m);
        double[] up = ClassActivationMaps.upsample(new double[] {0, 4}, 1, 2, 1, 4);
        assertThat(up).containsExactly(0, 1, 3, 4);
    }

    @Test
    @DisplayName("BP-CNN: the map of the true class lies mostly on the digit's ink")
    void bpMapsOnTheDigit() {
        assertMostlyOnInk(SmallCnns.bp().classifier(), 0.5);
    }

    @Test
    @DisplayName("FF-CNN: the map of the true label lies mostly on the digit's ink")
    void ffMapsOnTheDigit() {
        assertMostlyOnInk(SmallCnns.ff().classifier(), 0.5);
    }

    /** Mean share of map mass on the ink (pixels >= 0.3, grown by one pixel), against the ink's share of the image. */
    private static void assertMostlyOnInk(ImageClassifier model, double atLeast) {
        double[][] cams = ClassActivationMaps.of(model, DIGITS.images(), DIGITS.labels());
        double[][] raw = DIGITS.images().toDoubleMatrix();
        double onInk = 0;
        double inkArea = 0;
        double[] flat = new double[784];
        Arrays.fill(flat, 1);
        for (int i = 0; i < cams.length; i++) {
            boolean[] ink = ClassActivationMaps.inkMask(raw[i], 28, 28, 0.3, 1);
            onInk += ClassActivationMaps.massShare(cams[i], ink) / cams.length;
            inkArea += ClassActivationMaps.massShare(flat, ink) / cams.length;
        }
        assertThat(onInk).as("mean share of map mass on the ink").isGreaterThan(atLeast);
        assertThat(onInk).as("against the ink's share of the image, %.3f", inkArea).isGreaterThan(1.5 * inkArea);
    }
}
