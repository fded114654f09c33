package fflab.cnn;

import fflab.FflabException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Class activation maps as a PNG: one tile per image, the grey digit beside the digit overlaid
 * with its map in a blue-to-red colour scale, tiles in rows of {@link #PER_ROW}.
 */
public final class CamImages {
    public static final int PER_ROW = 8;
    private static final int SCALE = 4;
    private static final int GAP = 4;

    private CamImages() {}

    /**
     * @param raw images in [0, 1], {@code [n][rows * cols]}
     * @param cams their maps in [0, 1]
     */
    public static void write(Path png, double[][] raw, double[][] cams, int rows, int cols) {
        int n = raw.length;
        int tileW = 2 * cols * SCALE + GAP;
        int tileH = rows * SCALE;
        int across = Math.min(n, PER_ROW);
        int down = (n + PER_ROW - 1) / PER_ROW;
        BufferedImage img = new BufferedImage(Math.max(1, across * (tileW + GAP)), Math.max(1, down * (tileH + GAP)),
                BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < n; i++) {
            int ox = (i % PER_ROW) * (tileW + GAP);
            int oy = (i / PER_ROW) * (tileH + GAP);
            for (int y = 0; y < rows * SCALE; y++) {
                for (int x = 0; x < cols * SCALE; x++) {
                    int p = (y / SCALE) * cols + x / SCALE;
                    int grey = (int) Math.round(255 * clamp(raw[i][p]));
                    img.setRGB(ox + x, oy + y, rgb(grey, grey, grey));
                    img.setRGB(ox + cols * SCALE + GAP + x, oy + y, overlay(raw[i][p], cams[i][p]));
                }
            }
        }
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
            ImageIO.write(img, "png", png.toFile());
        } catch (IOException e) {
            throw new FflabException("cannot write " + png + ": " + e.getMessage(), e);
        }
    }

    /** Half the digit in grey, half the map's colour. */
    private static int overlay(double ink, double cam) {
        int[] c = colour(clamp(cam));
        double g = 255 * clamp(ink);
        return rgb((int) (0.5 * g + 0.5 * c[0]), (int) (0.5 * g + 0.5 * c[1]), (int) (0.5 * g + 0.5 * c[2]));
    }

    /** A blue (0) - cyan - yellow - red (1) scale. */
    static int[] colour(double v) {
        double r = clamp(1.5 - Math.abs(4 * v - 3));
        double g = clamp(1.5 - Math.abs(4 * v - 2));
        double b = clamp(1.5 - Math.abs(4 * v - 1));
        return new int[] {(int) (255 * r), (int) (255 * g), (int) (255 * b)};
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static int rgb(int r, int g, int b) {
        return (r << 16) | (g << 8) | b;
    }
}
