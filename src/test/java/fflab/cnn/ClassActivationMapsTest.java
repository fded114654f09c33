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
    @DisplayName("a map per image, 28x28, non-negative, scaled to a maximum of 1 (0 only where the label wins nowhere)")
    void shapeAndScale() {
        for (ImageClassifier model : new ImageClassifier[] {SmallCnns.bp().classifier(), SmallCnns.ff().classifier()}) {
            double[][] cams = ClassActivationMaps.of(model, DIGITS.images(), DIGITS.labels());
            assertThat(cams).hasNumberOfRows(DIGITS.size());
            int empty = 0;
            for (double[] cam : cams) {
                assertThat(cam).hasSize(784);
                assertThat(Arrays.stream(cam).min().orElseThrow()).isGreaterThanOrEqualTo(0.0);
                double max = Arrays.stream(cam).max().orElseThrow();
                if (max == 0) {
                    empty++;
                } else {
                    assertThat(max).isCloseTo(1.0, within(1e-12));
                }
            }
            assertThat(empty).as("maps without any pixel where the true label beats the average").isLessThan(3);
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
        // measured: 0.62 of the mass on ink that covers 0.26 of the image
        assertOnInk(SmallCnns.bp().classifier(), 0.5, 2.0);
    }

    @Test
    @DisplayName("FF-CNN: the map of the true label is denser on the digit's ink than elsewhere")
    void ffMapsOnTheDigit() {
        // The label pattern covers the whole image, so an FF layer is active everywhere; after two short epochs
        // the part of the goodness that belongs to the true label sits on the ink only somewhat more than
        // elsewhere (measured: 0.34 of the mass on ink that covers 0.26 of the image).
        assertOnInk(SmallCnns.ff().classifier(), 0.3, 1.2);
    }

    /**
     * Mean share of map mass on the ink (pixels >= 0.3, grown by one pixel): at least {@code share}, and at
     * least {@code times} the ink's share of the image (what a uniform map would get).
     */
    private static void assertOnInk(ImageClassifier model, double share, double times) {
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
        assertThat(onInk).as("mean share of map mass on the ink").isGreaterThan(share);
        assertThat(onInk).as("against the ink's share of the image, %.3f", inkArea).isGreaterThan(times * inkArea);
    }
}
