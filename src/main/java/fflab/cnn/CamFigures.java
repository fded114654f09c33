package fflab.cnn;

import fflab.data.ImageSet;
import fflab.io.Json;
import fflab.io.Npy;
import fflab.model.ImageClassifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The class activation maps of a trained CNN on some test images, written to a folder: cam.png
 * (digit and overlay per image), cams.npy [n, rows, cols] and cam.json with the mean share of the
 * maps' mass on the digit's ink beside the share a uniform map would put there (the ink's area).
 */
public final class CamFigures {
    public static final String SUMMARY_FILE = "cam.json";
    /** Pixels at or above this raw intensity are ink ... */
    public static final double INK = 0.3;
    /** ... grown by this many pixels. */
    public static final int MARGIN = 1;

    /**
     * @param inkSharePercent mean share of the map mass on the ink, in percent
     * @param inkAreaPercent  mean share of the image the ink covers (a uniform map's share), in percent
     */
    public record Summary(String model, int images, String explain, double inkSharePercent, double inkAreaPercent) {}

    private CamFigures() {
    }

    /** @param explainTrue explain the true label (else the predicted one) */
    public static Summary write(ImageClassifier model, ImageSet test, boolean explainTrue, Path out) {
        int[] labels = explainTrue ? test.labels() : model.predict(test).model();
        double[][] cams = ClassActivationMaps.of(model, test.images(), labels);
        double[][] raw = test.images().toDoubleMatrix();
        CamImages.write(out.resolve("cam.png"), raw, cams, test.rows(), test.cols());
        Npy.write(out.resolve("cams.npy"), Nd4j.create(cams).reshape(test.size(), test.rows(), test.cols()));
        double share = 0;
        double area = 0;
        for (int i = 0; i < test.size(); i++) {
            boolean[] ink = ClassActivationMaps.inkMask(raw[i], test.rows(), test.cols(), INK, MARGIN);
            share += ClassActivationMaps.massShare(cams[i], ink);
            double[] uniform = new double[cams[i].length];
            Arrays.fill(uniform, 1.0);
            area += ClassActivationMaps.massShare(uniform, ink);
        }
        Summary s = new Summary(model.kind().id(), test.size(), explainTrue ? "true" : "predicted",
                100 * share / test.size(), 100 * area / test.size());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", s.model());
        json.put("images", s.images());
        json.put("explain", s.explain());
        json.put("inkSharePercent", s.inkSharePercent());
        json.put("inkAreaPercent", s.inkAreaPercent());
        json.put("inkThreshold", INK);
        json.put("inkMargin", MARGIN);
        Json.write(out.resolve(SUMMARY_FILE), json);
        return s;
    }
}
