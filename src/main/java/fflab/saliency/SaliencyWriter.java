package fflab.saliency;

import fflab.data.ImageSet;
import fflab.io.Csv;
import fflab.io.Json;
import fflab.io.Npy;
import fflab.model.ImageClassifier;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Writes the files of a saliency run. Per filter size, in {@code k<K>/}: {@code saliency.json}
 * (metadata and every matrix), 28x28 CSV matrices ({@code ads.csv}, {@code ads-class-<c>.csv},
 * {@code significant.csv}, {@code p-adjusted.csv}, {@code score-drop.csv}), {@code positions.csv}
 * (one row per window centre with all counts and tests), {@code samples.csv}, and PNG figures.
 * The maps also as NumPy arrays: {@code ads.npy} [rows, cols], {@code significant.npy} and, with
 * per-class maps, {@code ads-classes.npy} [classes, rows, cols]. At the top: {@code faithfulness.csv},
 * {@code faithfulness.png}, {@code summary.json} and {@code evaluation-images.csv} (which test
 * images the maps were measured on). See docs/formats.md.
 */
final class SaliencyWriter {
    static final String FORMAT = "fflab-saliency";
    static final int FORMAT_VERSION = 1;
    static final String MAP_JSON = "saliency.json";
    static final String EVALUATION_IMAGES = "evaluation-images.csv";

    private final Path dir;
    private final ImageClassifier model;
    private final String modelName;
    private final ImageSet images;
    private final SaliencyOptions options;
    private final double[][] classMeans;
    private final double[] overallMean;

    SaliencyWriter(Path dir, ImageClassifier model, String modelName, ImageSet images, SaliencyOptions options) {
        this.dir = dir;
        this.model = model;
        this.modelName = modelName;
        this.images = images;
        this.options = options;
        this.classMeans = new double[ImageSet.CLASSES][];
        for (int c = 0; c < ImageSet.CLASSES; c++) {
            classMeans[c] = ImageStats.classMean(images, c);
        }
        this.overallMean = ImageStats.mean(images);
    }

    static Path filterDir(Path dir, int filter) {
        return dir.resolve("k" + filter);
    }

    /** Writes one map's files; returns its summary. */
    SaliencySummary.FilterSummary write(AdsResult r) {
        Path out = filterDir(dir, r.grid().filter());
        OcclusionGrid grid = r.grid();
        SaliencyCounts counts = r.counts();
        int rows = grid.rows();
        int cols = grid.cols();
        Significance significance = Significance.of(counts, -1, options.correction(), options.alpha());
        double[] ads = r.adsMap();
        double[] scoreDrop = grid.expand(counts.meanScoreDrop());
        double[] mask = grid.expand(significance.mask());
        double[] adjusted = grid.expand(significance.adjusted());
        matrixCsv(out.resolve("ads.csv"), ads, rows, cols);
        matrixCsv(out.resolve("significant.csv"), mask, rows, cols);
        matrixCsv(out.resolve("p-adjusted.csv"), adjusted, rows, cols);
        matrixCsv(out.resolve("score-drop.csv"), scoreDrop, rows, cols);
        positionsCsv(out.resolve("positions.csv"), r, significance);
        npy(out.resolve("ads.npy"), List.of(ads), rows, cols);
        npy(out.resolve("significant.npy"), List.of(mask), rows, cols);

        Map<String, Object> json = metadata(r);
        json.put("ads", matrix(ads, rows, cols));
        json.put("meanScoreDrop", matrix(scoreDrop, rows, cols));
        json.put("significance", significanceJson(significance, grid));
        json.put("overallMeanImage", matrix(overallMean, rows, cols));

        List<SaliencyFigures.Panel> classPanels = new ArrayList<>();
        if (options.perClass() && options.evaluation().kind() != EvaluationSet.Kind.CLASS) {
            List<Map<String, Object>> perClass = new ArrayList<>();
            for (int c = 0; c < counts.classes(); c++) {
                double[] map = grid.expand(counts.adsOfClass(c));
                Significance s = Significance.of(counts, c, options.correction(), options.alpha());
                matrixCsv(out.resolve("ads-class-" + c + ".csv"), map, rows, cols);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("class", c);
                m.put("images", counts.imagesOfClass(c));
                m.put("baseAccuracy", counts.baseCorrectOfClass(c) / (double) counts.imagesOfClass(c));
                m.put("significantPositions", s.count());
                m.put("ads", matrix(map, rows, cols));
                m.put("significant", matrix(grid.expand(s.mask()), rows, cols));
                m.put("meanImage", matrix(classMeans[c], rows, cols));
                perClass.add(m);
                classPanels.add(new SaliencyFigures.Panel("class " + c, map, classMeans[c]));
            }
            json.put("perClass", perClass);
            List<double[]> classMaps = new ArrayList<>();
            for (int c = 0; c < counts.classes(); c++) {
                classMaps.add(grid.expand(counts.adsOfClass(c)));
            }
            npy(out.resolve("ads-classes.npy"), classMaps, rows, cols);
        } else if (options.evaluation().kind() == EvaluationSet.Kind.CLASS) {
            // every image is of class K: the map is that class's map
            int k = options.evaluation().classId();
            matrixCsv(out.resolve("ads-class-" + k + ".csv"), ads, rows, cols);
            npy(out.resolve("ads-class-" + k + ".npy"), List.of(ads), rows, cols);
        }
        List<Map<String, Object>> samples = new ArrayList<>();
        List<SaliencyFigures.Panel> samplePanels = new ArrayList<>();
        List<List<Object>> sampleRows = new ArrayList<>();
        for (int s = 0; s < r.samples().length; s++) {
            int image = r.samples()[s];
            double[] drop = grid.expand(counts.sampleDrop(s));
            double[] pixels = ImageStats.image(images, image);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("image", image);
            m.put("label", images.label(image));
            m.put("scoreDrop", matrix(drop, rows, cols));
            m.put("pixels", matrix(pixels, rows, cols));
            samples.add(m);
            samplePanels.add(new SaliencyFigures.Panel("image " + image + " (label " + images.label(image) + ")",
                    drop, pixels));
            for (int p = 0; p < drop.length; p++) {
                sampleRows.add(List.of(s, image, images.label(image), p / cols, p % cols, drop[p]));
            }
        }
        json.put("samples", samples);
        Csv.write(out.resolve("samples.csv"), List.of("sample", "image", "label", "row", "col", "score_drop"),
                sampleRows);
        Json.write(out.resolve(MAP_JSON), json);

        if (options.figures()) {
            String what = modelName + ", " + grid.filter() + "x" + grid.filter() + " " + options.baseline().id();
            SaliencyFigures.heatmap(out.resolve("ads.png"), "ADS, " + what, ads, rows, cols, null, "accuracy drop");
            double[] masked = ads.clone();
            for (int p = 0; p < masked.length; p++) {
                masked[p] = mask[p] > 0 ? masked[p] : Double.NaN;
            }
            SaliencyFigures.heatmap(out.resolve("ads-significant.png"), "significant ADS (McNemar, "
                    + options.correction().id() + "), " + what, masked, rows, cols, null, "accuracy drop");
            SaliencyFigures.heatmap(out.resolve("ads-overlay.png"), "ADS on the mean image, " + what, ads, rows, cols,
                    overallMean, "accuracy drop");
            if (!classPanels.isEmpty()) {
                SaliencyFigures.grid(out.resolve("ads-classes.png"), "ADS per class on the class mean images, " + what,
                        classPanels, 5, rows, cols, "accuracy drop");
            }
            if (!samplePanels.isEmpty()) {
                SaliencyFigures.grid(out.resolve("samples.png"), "drop of the true label's " + r.scoreKind().id()
                        + " per image, " + what, samplePanels, 5, rows, cols, r.scoreKind().id() + " drop");
            }
        }
        return new SaliencySummary.FilterSummary(grid.filter(), r.method(), r.baseAccuracy(), max(ads),
                significance.count(), r.pairsEvaluated(), r.pairsSkipped(), r.seconds(), r.gflopPerSecond(),
                out.toString());
    }

    private Map<String, Object> metadata(AdsResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("formatVersion", FORMAT_VERSION);
        m.put("createdAt", Instant.now().toString());
        Map<String, Object> modelInfo = new LinkedHashMap<>();
        modelInfo.put("name", modelName);
        modelInfo.put("kind", model.kind().id());
        modelInfo.put("classes", model.classes());
        modelInfo.put("imageShape", List.of(model.imageRows(), model.imageCols()));
        m.put("model", modelInfo);
        m.put("filterSize", r.grid().filter());
        m.put("stride", r.grid().stride());
        m.put("positions", r.grid().positions());
        m.put("baseline", options.baseline().id());
        m.put("occludeLabel", options.occludeLabel());
        Map<String, Object> eval = new LinkedHashMap<>();
        eval.put("set", options.evaluation().toString());
        eval.put("seed", options.seed());
        eval.put("images", r.counts().images());
        List<Integer> perClass = new ArrayList<>();
        for (int c = 0; c < r.counts().classes(); c++) {
            perClass.add(r.counts().imagesOfClass(c));
        }
        eval.put("imagesPerClass", perClass);
        m.put("evaluation", eval);
        m.put("method", r.method());
        m.put("scoreKind", r.scoreKind().id());
        m.put("baseAccuracy", r.baseAccuracy());
        m.put("baseCorrect", r.counts().baseCorrect());
        Map<String, Object> timing = new LinkedHashMap<>();
        timing.put("seconds", r.seconds());
        timing.put("pairsEvaluated", r.pairsEvaluated());
        timing.put("pairsSkipped", r.pairsSkipped());
        timing.put("gflop", r.flops() / 1e9);
        timing.put("gflopPerSecond", r.gflopPerSecond());
        m.put("timing", timing);
        return m;
    }

    private static Map<String, Object> significanceJson(Significance s, OcclusionGrid grid) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("test", "mcnemar-exact");
        m.put("correction", s.correction().id());
        m.put("alpha", s.alpha());
        m.put("tests", s.pValues().length);
        m.put("significantPositions", s.count());
        m.put("significant", matrix(grid.expand(s.mask()), grid.rows(), grid.cols()));
        m.put("pAdjusted", matrix(grid.expand(s.adjusted()), grid.rows(), grid.cols()));
        return m;
    }

    private static void positionsCsv(Path file, AdsResult r, Significance s) {
        SaliencyCounts counts = r.counts();
        List<List<Object>> rows = new ArrayList<>();
        double[] ads = counts.ads();
        double[] drop = counts.meanScoreDrop();
        for (Window w : r.grid().windows()) {
            int p = w.index();
            rows.add(List.of(w.centreRow(), w.centreCol(), counts.correct(p), ads[p], counts.toWrong(p),
                    counts.toRight(p), s.pValues()[p], s.adjusted()[p], s.significant()[p] ? 1 : 0, drop[p]));
        }
        Csv.write(file, List.of("row", "col", "correct", "ads", "to_wrong", "to_right", "p", "p_adjusted",
                "significant", "mean_score_drop"), rows);
    }

    /** evaluation-images.csv: position in the evaluation set, index in the test file, label. */
    void writeEvaluationImages(int[] testIndices) {
        List<List<Object>> rows = new ArrayList<>(testIndices.length);
        for (int i = 0; i < testIndices.length; i++) {
            rows.add(List.of(i, testIndices[i], images.label(i)));
        }
        Csv.write(dir.resolve(EVALUATION_IMAGES), List.of("position", "test_index", "label"), rows);
    }

    /** Maps as one float64 array [rows, cols] (one map) or [maps, rows, cols]. */
    private static void npy(Path file, List<double[]> maps, int rows, int cols) {
        double[] flat = new double[maps.size() * rows * cols];
        for (int m = 0; m < maps.size(); m++) {
            System.arraycopy(maps.get(m), 0, flat, m * rows * cols, rows * cols);
        }
        long[] shape = maps.size() == 1 ? new long[] {rows, cols} : new long[] {maps.size(), rows, cols};
        Npy.write(file, Nd4j.create(flat, shape, 'c'));
    }

    void writeFaithfulness(List<Faithfulness.Curve> curves) {
        List<List<Object>> rows = new ArrayList<>();
        for (Faithfulness.Curve c : curves) {
            for (int i = 0; i < c.fractions().length; i++) {
                rows.add(List.of(c.order(), c.kind().name().toLowerCase(), i, c.fractions()[i], c.accuracy()[i],
                        c.auc()));
            }
        }
        Csv.write(dir.resolve("faithfulness.csv"), List.of("order", "curve", "step", "fraction", "accuracy", "auc"),
                rows);
        if (options.figures() && !curves.isEmpty()) {
            SaliencyFigures.curves(dir.resolve("faithfulness.png"), modelName, curves);
        }
    }

    /** A row-major map as a CSV table with columns c0..c{cols-1}. */
    static void matrixCsv(Path file, double[] map, int rows, int cols) {
        List<String> header = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            header.add("c" + c);
        }
        List<List<Object>> table = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                row.add(map[r * cols + c]);
            }
            table.add(row);
        }
        Csv.write(file, header, table);
    }

    static double[][] matrix(double[] map, int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(map, r * cols, m[r], 0, cols);
        }
        return m;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}
