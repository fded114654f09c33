package fflab.cnn;

import static org.assertj.core.api.Assertions.assertThat;

import fflab.data.ImageSet;
import fflab.model.ImageClassifier;
import fflab.saliency.AccuracyDifferentialSaliency;
import fflab.saliency.AdsResult;
import fflab.saliency.BaselineKind;
import fflab.saliency.OcclusionGrid;
import fflab.saliency.SaliencyMethod;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ADS explains the CNNs through the same interface as the MLPs; the fast path falls back to the naive one. */
class CnnSaliencyTest {
    private static final ImageSet IMAGES = SmallCnns.split().test().head(60);

    @Test
    @DisplayName("ADS on an FF-CNN and a BP-CNN: the fast request runs the naive path, occluding the digit costs accuracy")
    void adsRunsOnBothCnns() {
        for (ImageClassifier model : new ImageClassifier[] {SmallCnns.ff().classifier(), SmallCnns.bp().classifier()}) {
            float[] black = BaselineKind.RAW_ZERO.rawValues(model.standardization(), IMAGES.features(),
                    SmallCnns.split().train());
            AccuracyDifferentialSaliency ads = new AccuracyDifferentialSaliency(model, IMAGES, black,
                    SaliencyMethod.FAST, false);
            assertThat(ads.method()).as(model.kind().id()).isEqualTo("naive");
            // 7x7 windows every 6 pixels: 25 positions covering the image
            OcclusionGrid grid = new OcclusionGrid(28, 28, 7, 6, false);
            AdsResult result = ads.compute(grid, new int[] {0});
            assertThat(result.baseAccuracy()).as(model.kind().id()).isGreaterThan(0.8);
            double largestDrop = Arrays.stream(result.adsMap()).max().orElse(0);
            assertThat(largestDrop).as("%s: some window over the digit lowers accuracy", model.kind().id())
                    .isPositive();
            assertThat(result.pairsEvaluated()).as("the naive reference runs every (position, image) pair")
                    .isEqualTo((long) grid.positions() * IMAGES.size());
        }
    }
}
