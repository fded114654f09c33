package fflab.saliency;

import fflab.io.AtomicFiles;
import fflab.io.Png;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.GrayPaintScale;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * PNG figures of saliency maps, drawn with JFreeChart: heatmaps (XYBlockRenderer and a
 * diverging {@link DivergingPaintScale}, colour bar from PaintScaleLegend), overlays on images
 * (the image in grey beneath, the map fading with |value| on top), grids of panels sharing one
 * colour scale, and faithfulness curves. Headless: no display is needed.
 */
public final class SaliencyFigures {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font PANEL_TITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final int CELL = 170;
    private static final int LEGEND_WIDTH = 90;

    /** One panel of a grid: a map over an optional background image (raw [0,1] pixels). */
    public record Panel(String title, double[] map, double[] background) {}

    private SaliencyFigures() {}

    /** One heatmap with its colour bar. */
    public static void heatmap(Path file, String title, double[] map, int rows, int cols, double[] background,
                               String legendLabel) {
        DivergingPaintScale scale = DivergingPaintScale.covering(background != null, map);
        JFreeChart chart = panelChart(title, map, rows, cols, scale, background, TITLE);
        chart.addSubtitle(legend(scale.opaque(), legendLabel));
        AtomicFiles.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, 520, 460));
    }

    /** Panels in a grid of {@code columns} columns, one shared colour scale and one colour bar. */
    public static void grid(Path file, String title, List<Panel> panels, int columns, int rows, int cols,
                            String legendLabel) {
        boolean overlay = panels.stream().anyMatch(p -> p.background() != null);
        DivergingPaintScale scale = DivergingPaintScale.covering(overlay,
                panels.stream().map(Panel::map).toArray(double[][]::new));
        int gridRows = (panels.size() + columns - 1) / columns;
        int titleHeight = 34;
        int width = columns * CELL + LEGEND_WIDTH;
        int height = titleHeight + gridRows * CELL;
        Png.write(file, Png.draw(width, height, g -> {
            TextTitle heading = new TextTitle(title, TITLE);
            heading.arrange(g, RectangleConstraint.NONE); // lays out the text before drawing
            heading.draw(g, new Rectangle2D.Double(0, 4, width, titleHeight - 4));
            for (int i = 0; i < panels.size(); i++) {
                Panel p = panels.get(i);
                JFreeChart chart = panelChart(p.title(), p.map(), rows, cols, scale, p.background(), PANEL_TITLE);
                chart.draw(g, new Rectangle2D.Double((i % columns) * CELL, titleHeight + (i / columns) * CELL,
                        CELL, CELL));
            }
            legend(scale.opaque(), legendLabel).draw(g, new Rectangle2D.Double(columns * CELL + 4, titleHeight + 8,
                    LEGEND_WIDTH - 8, Math.max(CELL, gridRows * CELL) - 16));
        }));
    }

    /** Deletion and insertion curves side by side: accuracy against the fraction of pixels changed. */
    public static void curves(Path file, String title, List<Faithfulness.Curve> curves) {
        BufferedImage image = new BufferedImage(1100, 460, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            int x = 0;
            for (Faithfulness.Kind kind : Faithfulness.Kind.values()) {
                XYSeriesCollection data = new XYSeriesCollection();
                for (Faithfulness.Curve c : curves) {
                    if (c.kind() == kind) {
                        XYSeries s = new XYSeries(String.format("%s (AUC %.3f)", c.order(), c.auc()));
                        for (int i = 0; i < c.fractions().length; i++) {
                            s.add(c.fractions()[i], c.accuracy()[i]);
                        }
                        data.addSeries(s);
                    }
                }
                String name = kind == Faithfulness.Kind.DELETION ? "deletion (lower is better)"
                        : "insertion (higher is better)";
                JFreeChart chart = ChartFactory.createXYLineChart(title + ": " + name,
                        "fraction of pixels " + (kind == Faithfulness.Kind.DELETION ? "removed" : "inserted"),
                        "accuracy", data, PlotOrientation.VERTICAL, true, false, false);
                chart.getTitle().setFont(PANEL_TITLE);
                XYPlot plot = chart.getXYPlot();
                plot.setBackgroundPaint(Color.WHITE);
                plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
                plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
                ((NumberAxis) plot.getRangeAxis()).setRange(0, 1);
                for (int s = 0; s < data.getSeriesCount(); s++) {
                    plot.getRenderer().setSeriesStroke(s, new BasicStroke(2f));
                }
                chart.draw(g, new Rectangle2D.Double(x, 0, 550, 460));
                x += 550;
            }
        } finally {
            g.dispose();
        }
        Png.write(file, image);
    }

    private static JFreeChart panelChart(String title, double[] map, int rows, int cols, PaintScale scale,
                                         double[] background, Font font) {
        NumberAxis x = new NumberAxis();
        x.setRange(-0.5, cols - 0.5);
        x.setVisible(false);
        NumberAxis y = new NumberAxis();
        y.setRange(-0.5, rows - 0.5);
        y.setInverted(true); // row 0 at the top, as images are shown
        y.setVisible(false);
        XYBlockRenderer front = new FillOnlyBlockRenderer();
        front.setPaintScale(scale);
        XYPlot plot = new XYPlot(cells(map, rows, cols), x, y, front);
        if (background != null) {
            double[] inverted = new double[background.length];
            for (int i = 0; i < inverted.length; i++) {
                inverted[i] = 1 - background[i]; // dark strokes on white, so the colours stay readable
            }
            XYBlockRenderer back = new FillOnlyBlockRenderer();
            back.setPaintScale(new GrayPaintScale(0, 1));
            plot.setDataset(1, cells(inverted, rows, cols));
            plot.setRenderer(1, back);
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE); // dataset 0, the map, on top
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setInsets(new RectangleInsets(2, 2, 2, 2));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(title, font, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(false); // anti-aliased blocks show hairline gaps between pixels
        return chart;
    }

    /**
     * XYBlockRenderer also strokes each block's outline in its colour; with translucent overlay
     * colours the doubled edges show as a grid, so blocks here are only filled.
     */
    private static final class FillOnlyBlockRenderer extends XYBlockRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                             XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                             int item, CrosshairState crosshairState, int pass) {
            double x = dataset.getXValue(series, item);
            double y = dataset.getYValue(series, item);
            double z = ((XYZDataset) dataset).getZValue(series, item);
            double x0 = domainAxis.valueToJava2D(x - getBlockWidth() / 2, dataArea, plot.getDomainAxisEdge());
            double x1 = domainAxis.valueToJava2D(x + getBlockWidth() / 2, dataArea, plot.getDomainAxisEdge());
            double y0 = rangeAxis.valueToJava2D(y - getBlockHeight() / 2, dataArea, plot.getRangeAxisEdge());
            double y1 = rangeAxis.valueToJava2D(y + getBlockHeight() / 2, dataArea, plot.getRangeAxisEdge());
            g2.setPaint(getPaintScale().getPaint(z));
            g2.fill(new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0)));
        }
    }

    private static PaintScaleLegend legend(PaintScale scale, String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(scale.getLowerBound(), scale.getUpperBound());
        axis.setLabelFont(PANEL_TITLE);
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
        legend.setStripWidth(14);
        legend.setSubdivisionCount(128);
        legend.setMargin(new RectangleInsets(6, 6, 6, 6));
        legend.setBackgroundPaint(Color.WHITE);
        return legend;
    }

    /** One item per cell of a row-major {@code rows x cols} map: x the column, y the row, z the value. */
    public static DefaultXYZDataset cells(double[] values, int rows, int cols) {
        double[][] series = new double[3][rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                series[0][i] = c;
                series[1][i] = r;
                series[2][i] = values[i];
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("values", series);
        return data;
    }
}
