package fflab.cli;

import fflab.cnn.CamFigures;
import fflab.data.ImageSet;
import fflab.model.ImageClassifier;
import fflab.model.ModelStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fflab cam}: class activation maps of a saved CNN on the first test images. */
@Command(name = "cam",
        description = "Class activation maps of a trained ff-cnn or bp-cnn (a run's model/ folder) for the first test "
                + "images: cam.png (digit and overlay per image), cams.npy [n, rows, cols] and the share of each "
                + "map's mass on the digit's ink. See docs/cam.md.")
public final class CamCommand extends FflabCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "DIR", description = "Model folder (model.json and .npy files).")
    Path modelDir;

    @Mixin
    DatasetSource data;

    @Option(names = "--count", defaultValue = "16", description = "Test images, from the first (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--explain", defaultValue = "predicted",
            description = "The label each map explains: predicted or true (default: ${DEFAULT-VALUE}).")
    String explain;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() {
        threads.configure();
        if (!explain.equals("predicted") && !explain.equals("true")) {
            throw usageError("--explain: expected predicted or true, got '" + explain + "'");
        }
        ImageClassifier model = ModelStore.load(modelDir);
        ImageSet test = data.load().test().head(count);
        CamFigures.Summary s = CamFigures.write(model, test, explain.equals("true"), out);
        PrintWriter o = out();
        o.printf("%s: %d maps of the %s label in %s; mean share of map mass on the ink (pixels >= %.1f grown by %d):"
                + " %.1f %% (the ink covers %.1f %% of the image)%n", model.kind(), test.size(), explain, out,
                CamFigures.INK, CamFigures.MARGIN, s.inkSharePercent(), s.inkAreaPercent());
        o.flush();
        return 0;
    }
}
