package fflab.report;

import fflab.io.Png;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.List;
import java.util.Locale;

/**
 * Rows of maps drawn with Java2D, every panel of a row on one colour scale with one colour bar
 * (so FF and BP compare at a glance): each panel is titled, each pixel of a 28x28 map a square
 * of {@value #CELL} px, so the figure stays readable at its natural size.
 */
final class MapFigures {
    static final int CELL = 9;
    static final int GAP = 24;
    static final int TITLE_HEIGHT = 40;
    private static final int BAR_WIDTH = 16;
    private static final int BAR_SPACE = 100;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    static {
        ChartImages.class.getName(); // sets headless mode before AWT loads
    }

    private MapFigures() {
    }

    /** One titled map of a row. */
    record Panel(String title, double[][] values) {
    }

    /** The smallest and largest finite value over the panels; {0, 0} when there are none. */
    static double[] range(List<Panel> panels) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Panel p : panels) {
            for (double[] row : p.values()) {
                for (double v : row) {
                    if (Double.isFinite(v)) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
            }
        }
        return min > max ? new double[] {0, 0} : new double[] {min, max};
    }

    /** A PNG of the panels side by side on one colour scale, with its bar labelled {@code scaleLabel}. */
    static byte[] row(List<Panel> panels, String scaleLabel) {
        double[] range = range(panels);
        ColourScale scale = ColourScale.fitting(range[0], range[1]);
        int rows = panels.stream().mapToInt(p -> p.values().length).max().orElse(0);
        int cols = panels.stream().mapToInt(p -> p.values().length == 0 ? 0 : p.values()[0].length).max().orElse(0);
        int panelWidth = Math.max(cols * CELL, 200);
        int width = GAP + panels.size() * (panelWidth + GAP) + BAR_SPACE;
        int height = TITLE_HEIGHT + rows * CELL + GAP;
        return Png.bytes(Png.draw(width, height, g -> {
            int x = GAP;
            for (Panel p : panels) {
                drawPanel(g, p, scale, x, panelWidth);
                x += panelWidth + GAP;
            }
            drawBar(g, scale, x, TITLE_HEIGHT, rows * CELL, scaleLabel);
        }));
    }

    private static void drawPanel(Graphics2D g, Panel p, ColourScale scale, int x, int panelWidth) {
        g.setFont(TITLE);
        g.setColor(Color.BLACK);
        drawFitted(g, p.title(), x, TITLE_HEIGHT - 12, panelWidth);
        int cols = p.values().length == 0 ? 0 : p.values()[0].length;
        int left = x + (panelWidth - cols * CELL) / 2;
        for (int r = 0; r < p.values().length; r++) {
            for (int c = 0; c < p.values()[r].length; c++) {
                double v = p.values()[r][c];
                g.setPaint(Double.isNaN(v) ? Color.LIGHT_GRAY : scale.getPaint(v));
                g.fillRect(left + c * CELL, TITLE_HEIGHT + r * CELL, CELL, CELL);
            }
        }
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(left, TITLE_HEIGHT, cols * CELL, p.values().length * CELL);
    }

    /** The text, shortened with "..." until it fits {@code width}. */
    private static void drawFitted(Graphics2D g, String text, int x, int y, int width) {
        FontMetrics m = g.getFontMetrics();
        String t = text;
        while (m.stringWidth(t) > width && t.length() > 4) {
            t = t.substring(0, t.length() - 4) + "...";
        }
        g.drawString(t, x, y);
    }

    private static void drawBar(Graphics2D g, ColourScale scale, int x, int top, int height, String label) {
        for (int i = 0; i < height; i++) {
            double v = scale.getUpperBound() - (scale.getUpperBound() - scale.getLowerBound()) * i / (height - 1.0);
            g.setPaint(scale.getPaint(v));
            g.fillRect(x, top + i, BAR_WIDTH, 1);
        }
        g.setColor(Color.GRAY);
        g.drawRect(x, top, BAR_WIDTH, height);
        g.setFont(LABEL);
        g.setColor(Color.BLACK);
        g.drawString(tick(scale.getUpperBound()), x + BAR_WIDTH + 4, top + 10);
        if (scale.getLowerBound() < 0) {
            g.drawString("0", x + BAR_WIDTH + 4, top + height / 2 + 5);
        }
        g.drawString(tick(scale.getLowerBound()), x + BAR_WIDTH + 4, top + height);
        // the label runs up beside the bar, so that a long one needs no width
        Graphics2D rotated = (Graphics2D) g.create();
        rotated.rotate(-Math.PI / 2);
        FontMetrics m = rotated.getFontMetrics();
        rotated.drawString(label, -(top + height / 2 + m.stringWidth(label) / 2), x + BAR_WIDTH + 62);
        rotated.dispose();
    }

    private static String tick(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }
}
