package fflab.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/** Charts as PNG data URIs, so that every picture lives inside the one HTML file. */
public final class ChartImages {
    public static final int WIDTH = 720;
    public static final int HEIGHT = 400;

    static {
        // no display on servers and CI; must be set before AWT loads
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ChartImages() {
    }

    public static String dataUri(JFreeChart chart) {
        return dataUri(chart, WIDTH, HEIGHT);
    }

    public static String dataUri(JFreeChart chart, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pngDataUri(out.toByteArray());
    }

    public static String pngDataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }
}
