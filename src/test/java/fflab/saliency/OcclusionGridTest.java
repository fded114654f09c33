package fflab.saliency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fflab.FflabException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OcclusionGridTest {

    @Test
    void strideOneHasOneClippedWindowPerPixel() {
        OcclusionGrid grid = new OcclusionGrid(28, 28, 3, 1, false);
        List<Window> w = grid.windows();
        assertThat(w).hasSize(784);
        assertThat(w.get(0).pixels()).containsExactly(0, 1, 28, 29); // corner: clipped to 2x2
        assertThat(w.get(28 + 1).pixels()).containsExactly(0, 1, 2, 28, 29, 30, 56, 57, 58);
        assertThat(w.get(783).pixels()).containsExactly(754, 755, 782, 783);
        assertThat(new OcclusionGrid(28, 28, 1, 1, false).windows().get(100).pixels()).containsExactly(100);
        assertThat(new OcclusionGrid(28, 28, 27, 1, false).windows().get(14 * 28 + 14).size()).isEqualTo(27 * 27);
    }

    @Test
    void aStrideWithinTheFilterCoversEveryPixelAndExpandsToNearestCentres() {
        OcclusionGrid grid = new OcclusionGrid(28, 28, 3, 2, false);
        assertThat(grid.positions()).isEqualTo(14 * 14);
        assertThat(grid.uncoveredPixels()).isZero();
        double[] perWindow = new double[grid.positions()];
        for (int i = 0; i < perWindow.length; i++) {
            perWindow[i] = i;
        }
        double[] map = grid.expand(perWindow);
        assertThat(map[0]).isEqualTo(0);      // centre (0,0)
        assertThat(map[1]).isEqualTo(0);      // halfway between columns 0 and 2: the lower centre
        assertThat(map[2]).isEqualTo(1);      // centre (0,2)
        assertThat(map[27]).isEqualTo(13);    // nearest centre (0,26)
        assertThat(map[28 * 27 + 27]).isEqualTo(14 * 14 - 1);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 2, 4, 28, 29})
    void filterSizesMustBeOddAndFit(int k) {
        assertThatThrownBy(() -> new OcclusionGrid(28, 28, k, 1, false))
                .isInstanceOf(FflabException.class)
                .hasMessageContaining("--filter").hasMessageContaining("odd sizes from 1 to 27");
    }

    @Test
    void aStrideThatSkipsPixelsIsRefusedUnlessAllowed() {
        assertThatThrownBy(() -> new OcclusionGrid(28, 28, 3, 4, false))
                .isInstanceOf(FflabException.class)
                .hasMessageContaining("--stride 4").hasMessageContaining("never occluded")
                .hasMessageContaining("allowed strides for filter 3: 1, 2, 3")
                .hasMessageContaining("--allow-gaps");
        assertThatThrownBy(() -> new OcclusionGrid(28, 28, 1, 2, false)).hasMessageContaining("allowed strides for filter 1: 1 ");
        OcclusionGrid gappy = new OcclusionGrid(28, 28, 3, 4, true);
        assertThat(gappy.uncoveredPixels()).isPositive();
        assertThatThrownBy(() -> new OcclusionGrid(28, 28, 3, 0, false)).hasMessageContaining("--stride");
    }
}
