package fflab.saliency;

import fflab.cnn.BPConvNetwork;
import fflab.cnn.FFConvNetwork;
import fflab.data.HostBuffers;
import fflab.model.BPNetwork;
import fflab.model.FFNetwork;
import fflab.model.ImageClassifier;
import fflab.nn.Dense;
import fflab.predict.Predictor;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.reduce.floating.SquaredNorm;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The reference: every pair is a materialised occluded raw image, classified by the model's own
 * inference ({@link ImageClassifier#predictRaw}). Works for any model.
 *
 * <p>With {@code occludeLabel} on an FF model the label overlay must be occluded after it is
 * applied, which the model's inference cannot do; then each overlaid image is materialised here,
 * occluded, and run through the layers as the model describes it (length normalisation, ReLU,
 * goodness).
 */
final class NaiveEvaluator extends OcclusionEvaluator {
    private static final int BLOCK_PAIRS = 1024;

    private final ImageClassifier model;
    private final OcclusionInputs in;
    private final boolean occludeFfLabel;
    private final ScoreKind scoreKind;
    private final INDArray rows;

    NaiveEvaluator(ImageClassifier model, OcclusionInputs in, boolean occludeLabel) {
        super("naive", BLOCK_PAIRS);
        this.model = model;
        this.in = in;
        this.scoreKind = ScoreKind.of(model.network());
        // a linear readout reads the neutral label, never the occluded label pixels
        this.occludeFfLabel = occludeLabel && scoreKind == ScoreKind.GOODNESS_MARGIN;
        this.rows = Nd4j.create(DataType.FLOAT, BLOCK_PAIRS, in.features());
    }

    @Override
    boolean mustEvaluate(Window window, int image) {
        return true;
    }

    @Override
    void evaluate(PairBlock block, int[] predicted, double[] score) {
        int n = block.size();
        int f = in.features();
        Window[] windows = block.windows();
        float[] host = new float[n * f];
        for (int r = 0; r < n; r++) {
            in.occludedRaw(block.image(r), windows[r].pixels(), host, r * f);
        }
        INDArray raw = rows.get(NDArrayIndex.interval(0, n), NDArrayIndex.all());
        FloatBuffer buffer = HostBuffers.forWriting(rows);
        buffer.put(host, 0, n * f);
        HostBuffers.written(rows);

        int classes = model.classes();
        double[] scores;
        if (occludeFfLabel) {
            scores = materialisedGoodness(raw, windows);
        } else {
            Predictor.Predictions p = model.predictRaw(raw);
            scores = p.scores();
        }
        for (int r = 0; r < n; r++) {
            predicted[r] = ScoreKind.argmax(scores, r * classes, classes);
            score[r] = scoreKind.score(scores, r * classes, classes, in.label(block.image(r)));
        }
        flops += (double) n * forwardFlops();
    }

    /** Summed goodness {@code [pair * classes + label]} of overlaid images whose label pixels are occluded too. */
    private double[] materialisedGoodness(INDArray raw, Window[] windows) {
        FFNetwork ff = model.ffNetwork();
        int n = windows.length;
        int f = in.features();
        int classes = ff.classes();
        float v = (float) ff.overlayValue();
        float[] occluded = model.standardization().apply(raw).dup('c').data().asFloat();
        int from = ff.skipFirstLayerInPrediction() ? 1 : 0;
        double[] summed = new double[n * classes];
        for (int y = 0; y < classes; y++) {
            float[] x = occluded.clone();
            for (int r = 0; r < n; r++) {
                int offset = r * f;
                for (int j = 0; j < classes; j++) {
                    x[offset + j] = j == y ? v : 0f;
                }
                for (int j : windows[r].pixels()) {
                    if (j < classes) {
                        x[offset + j] = occluded[offset + j]; // occlusion after the overlay
                    }
                }
            }
            INDArray a = Nd4j.create(x, new long[] {n, f}, 'c');
            for (int k = 0; k < ff.layers().size(); k++) {
                Dense layer = ff.layers().get(k);
                a = Transforms.relu(layer.preActivation(ff.norm().normaliseRows(a)), false);
                if (k >= from) {
                    INDArray g = Nd4j.create(a.dataType(), n);
                    Nd4j.exec(new SquaredNorm(a, g, 1));
                    float[] goodness = g.muli(ff.goodness().scale(a.columns())).toFloatVector();
                    for (int r = 0; r < n; r++) {
                        summed[r * classes + y] += goodness[r];
                    }
                }
            }
        }
        return summed;
    }

    /** Multiply-add operations of one image's forward pass, times two. */
    private double forwardFlops() {
        if (model.network() instanceof FFNetwork ff) {
            int classes = ff.readout() != null ? 1 : ff.classes();
            double total = 0;
            for (int k = 0; k < ff.layers().size(); k++) {
                Dense d = ff.layers().get(k);
                double perLabel = 2.0 * d.inputSize() * d.outputSize();
                // layer 1 multiplies each image once and adds one label row per label, unless materialised
                total += k == 0 && !occludeFfLabel ? perLabel + 2.0 * classes * d.outputSize() : classes * perLabel;
            }
            return total;
        }
        if (model.network() instanceof BPNetwork bp) {
            double total = 0;
            for (Dense d : bp.layers()) {
                total += 2.0 * d.inputSize() * d.outputSize();
            }
            return total;
        }
        if (model.network() instanceof FFConvNetwork ff) {
            // the convolutions dominate: once with the neutral pattern (linear readout) or once per label
            int passes = ff.readout() != null ? 1 : ff.classes();
            return 2.0 * passes * ff.stack().multiplyAdds(ff.image());
        }
        if (model.network() instanceof BPConvNetwork bp) {
            return 2.0 * bp.stack().multiplyAdds(bp.image());
        }
        return 0; // unknown architecture: its time is still measured, its GFLOP/s reads 0
    }
}
