package fflab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The pieces behind the figures: bands across seeds and one colour scale per row of maps. */
@DisplayName("Figures: curve bands across seeds, one colour scale per row of maps")
class FiguresTest {
    @Test
    @DisplayName("the mean curve of three seeds carries the lowest and highest seed as its band")
    void bandAcrossSeeds() {
        List<List<Curve>> perRun = List.of(
                List.of(new Curve("model", new int[] {1, 2}, new double[] {50, 80})),
                List.of(new Curve("model", new int[] {1, 2}, new double[] {60, 90})),
                List.of(new Curve("model", new int[] {1, 2}, new double[] {40, 70})));
        Curve mean = Curve.mean(perRun).get(0);
        assertThat(mean.y()).containsExactly(50, 80);
        assertThat(mean.lower()).containsExactly(40, 70);
        assertThat(mean.upper()).containsExactly(60, 90);
    }

    @Test
    @DisplayName("a value has the same colour in every panel of a row, whatever each panel's own range")
    void oneScalePerRow() throws IOException {
        double[][] small = new double[28][28];
        double[][] large = new double[28][28];
        small[0][0] = 2; // the small map's maximum, 2 points
        large[0][0] = 2;
        large[27][27] = 10; // the large map goes up to 10
        byte[] png = MapFigures.row(List.of(new MapFigures.Panel("FF", small), new MapFigures.Panel("BP", large)),
                SaliencySection.UNIT);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int ff = pixel(image, 0, 0, 0);
        int bp = pixel(image, 1, 0, 0);
        assertThat(ff).isEqualTo(bp);
        assertThat(ff).isNotEqualTo(pixel(image, 1, 27, 27)); // 2 is lighter than 10
        assertThat(image.getWidth()).as("two 28x28 maps at 9 px a pixel, with a colour bar").isGreaterThan(600);
    }

    /** The colour at the centre of cell (row, col) of panel {@code panel}, laid out as MapFigures does. */
    private static int pixel(BufferedImage image, int panel, int row, int col) {
        int panelWidth = Math.max(28 * MapFigures.CELL, 200);
        int left = MapFigures.GAP + panel * (panelWidth + MapFigures.GAP) + (panelWidth - 28 * MapFigures.CELL) / 2;
        return image.getRGB(left + col * MapFigures.CELL + MapFigures.CELL / 2,
                MapFigures.TITLE_HEIGHT + row * MapFigures.CELL + MapFigures.CELL / 2);
    }
}
