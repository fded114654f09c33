package fflab.cnn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class LabelPatternsTest {

    @ParameterizedTest
    @EnumSource(PatternFamily.class)
    @DisplayName("every class has its own pattern over the whole image, values in [0, 1], the same every time")
    void distinctAndDeterministic(PatternFamily family) {
        LabelPatterns a = new LabelPatterns(family, Blend.ADD, 1.0, 10, 28, 28);
        LabelPatterns b = new LabelPatterns(family, Blend.ADD, 1.0, 10, 28, 28);
        for (int c = 0; c < 10; c++) {
            double[] p = a.pattern(c);
            assertThat(p).hasSize(784).containsExactly(b.pattern(c));
            assertThat(Arrays.stream(p).min().orElseThrow()).isGreaterThanOrEqualTo(0.0);
            assertThat(Arrays.stream(p).max().orElseThrow()).isLessThanOrEqualTo(1.0);
            for (int d = 0; d < c; d++) {
                assertThat(correlation(p, a.pattern(d))).as("correlation of classes %d and %d", c, d).isLessThan(0.5);
            }
        }
    }

    @Test
    @DisplayName("wave patterns reach every part of the image: each 7x7 window holds a full range of values")
    void wavesCoverTheImage() {
        LabelPatterns waves = new LabelPatterns(PatternFamily.WAVES, Blend.ADD, 1.0, 10, 28, 28);
        for (int c = 0; c < 10; c++) {
            double[] p = waves.pattern(c);
            for (int y = 0; y + 7 <= 28; y += 7) {
                for (int x = 0; x + 7 <= 28; x += 7) {
                    double min = 1;
                    double max = 0;
                    for (int dy = 0; dy < 7; dy++) {
                        for (int dx = 0; dx < 7; dx++) {
                            min = Math.min(min, p[(y + dy) * 28 + x + dx]);
                            max = Math.max(max, p[(y + dy) * 28 + x + dx]);
                        }
                    }
                    assertThat(max - min).as("class %d, window at %d,%d", c, y, x).isGreaterThan(0.5);
                }
            }
        }
    }

    @Test
    @DisplayName("tiles: class c lights tile c of a 2 x 5 grid and nothing else")
    void tiles() {
        LabelPatterns tiles = new LabelPatterns(PatternFamily.TILES, Blend.ADD, 1.0, 10, 28, 28);
        double total = 0;
        for (int c = 0; c < 10; c++) {
            double[] p = tiles.pattern(c);
            double lit = Arrays.stream(p).sum();
            assertThat(lit).isBetween(70.0, 90.0);
            total += lit;
        }
        assertThat(total).isEqualTo(784.0);
        assertThat(tiles.pattern(0)[0]).isEqualTo(1.0);
        assertThat(tiles.pattern(9)[783]).isEqualTo(1.0);
    }

    @Test
    @DisplayName("blends: add is x + K p_y, mix is (1 - K) x + K p_y; the neutral input carries the mean pattern")
    void blendFormulas() {
        INDArray x = Nd4j.rand(DataType.DOUBLE, 3, 784);
        int[] labels = {4, 0, 9};
        for (Blend blend : Blend.values()) {
            double k = 0.3;
            LabelPatterns p = new LabelPatterns(PatternFamily.WAVES, blend, k, 10, 28, 28);
            INDArray out = Nd4j.create(DataType.DOUBLE, 3, 784);
            p.blend(x, labels, out);
            double a = blend == Blend.ADD ? 1 : 1 - k;
            double[] mean = new double[784];
            for (int c = 0; c < 10; c++) {
                for (int j = 0; j < 784; j++) {
                    mean[j] += p.pattern(c)[j] / 10;
                }
            }
            INDArray neutral = p.neutral(x);
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 784; j += 37) {
                    assertThat(out.getDouble(i, j)).isCloseTo(a * x.getDouble(i, j) + k * p.pattern(labels[i])[j],
                            org.assertj.core.api.Assertions.within(1e-12));
                    assertThat(neutral.getDouble(i, j)).isCloseTo(a * x.getDouble(i, j) + k * mean[j],
                            org.assertj.core.api.Assertions.within(1e-12));
                }
            }
        }
    }

    @Test
    @DisplayName("a label intensity outside the blend's range is refused")
    void intensityRange() {
        assertThatThrownBy(() -> new LabelPatterns(PatternFamily.WAVES, Blend.MIX, 1.0, 10, 28, 28))
                .hasMessageContaining("in (0, 1)");
        assertThatThrownBy(() -> new LabelPatterns(PatternFamily.WAVES, Blend.ADD, 0.0, 10, 28, 28))
                .hasMessageContaining("> 0");
    }

    private static double correlation(double[] a, double[] b) {
        double ma = Arrays.stream(a).average().orElse(0);
        double mb = Arrays.stream(b).average().orElse(0);
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += (a[i] - ma) * (b[i] - mb);
            aa += (a[i] - ma) * (a[i] - ma);
            bb += (b[i] - mb) * (b[i] - mb);
        }
        return Math.abs(ab) / Math.sqrt(aa * bb);
    }
}
