package fflab.saliency;

import fflab.model.FFNetwork;
import fflab.nn.Dense;
import fflab.nn.HostLoops;
import fflab.nn.HostValues;
import fflab.nn.LengthNorm;
import fflab.nn.RowNorm;
import fflab.nn.RowOps;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The exact fast path for FF-MLPs. The overlaid, occluded image for label y is
 * {@code u = x0' + l_y}, where {@code x0'} is the occluded image with its label pixels cleared and
 * {@code l_y} holds the label pixels (normally just {@code v e_y}). The first layer sees
 * {@code u / n} with {@code n = sqrt(||x0'||^2 + ||l_y||^2) + 1e-4}, so its pre-activation is
 * {@code (x0' W + l_y W_L) / n + b}: {@code x0' W} and {@code ||x0'||^2} come from {@link WindowDelta}
 * (window columns only), and the label part is a row of W added on the host. One host pass per pair
 * then applies the ReLU, records each label's goodness and writes the normalised activities straight
 * into the deeper layer's input (row {@code pair * classes + label}); the deeper layers run as one
 * matrix multiply per layer over all rows of a block, each followed by one host pass (bias, ReLU,
 * goodness, normalisation), as {@link FFNetwork#labelGoodness} predicts.
 */
final class FFWindowEvaluator extends OcclusionEvaluator {
    private final FFNetwork net;
    private final OcclusionInputs in;
    private final boolean occludeLabel;
    private final int classes;
    private final double overlayValue;
    private final WindowDelta delta;
    private final List<Dense> layers;
    private final int firstCounted;
    private final int width;
    private final double[][] labelRows;
    private final double[][] biases;
    private final INDArray products;
    private final HostValues occluded;
    private final INDArray[] activities;
    private final HostValues[] hostActivities;

    FFWindowEvaluator(FFNetwork net, OcclusionInputs in, boolean occludeLabel) {
        super("fast-ff", pairsFitting(net.layers(), net.classes()));
        this.net = net;
        this.in = in;
        this.occludeLabel = occludeLabel;
        this.classes = net.classes();
        this.overlayValue = net.overlayValue();
        this.layers = net.layers();
        this.firstCounted = net.skipFirstLayerInPrediction() ? 1 : 0;
        INDArray w1 = layers.get(0).weights();
        this.width = (int) w1.columns();
        this.delta = new WindowDelta(in, w1, classes);
        this.labelRows = w1.get(NDArrayIndex.interval(0, classes), NDArrayIndex.all()).castTo(DataType.DOUBLE)
                .toDoubleMatrix();
        this.biases = new double[layers.size()][];
        for (int k = 0; k < layers.size(); k++) {
            biases[k] = layers.get(k).bias().castTo(DataType.DOUBLE).toDoubleVector();
        }
        DataType type = w1.dataType();
        this.products = Nd4j.create(type, blockPairs(), width);
        this.occluded = HostValues.of(products);
        this.activities = activityBuffers(layers, type, (long) blockPairs() * classes);
        this.hostActivities = Arrays.stream(activities).map(HostValues::of).toArray(HostValues[]::new);
        this.flops = delta.flops();
    }

    @Override
    boolean mustEvaluate(Window window, int image) {
        return (occludeLabel && coversLabel(window)) || delta.changes(window, image);
    }

    private boolean coversLabel(Window w) {
        return w.size() > 0 && w.pixels()[0] < classes;
    }

    @Override
    void evaluate(PairBlock block, int[] predicted, double[] score) {
        int n = block.size();
        double[] squaredNorms = new double[n];
        double flopsBefore = delta.flops();
        delta.occludedProducts(block, products, squaredNorms);
        flops += delta.flops() - flopsBefore;
        Window[] windows = block.windows();
        double[] summed = new double[n * classes];
        HostLoops.forRange(n, classes * width, (from, to) -> {
            FirstLayer first = new FirstLayer();
            for (int r = from; r < to; r++) {
                first.pair(r, windows[r], squaredNorms[r], summed);
            }
        });
        deeperLayers(n * classes, summed);
        for (int r = 0; r < n; r++) {
            predicted[r] = ScoreKind.argmax(summed, r * classes, classes);
            score[r] = ScoreKind.GOODNESS_MARGIN.score(summed, r * classes, classes, in.label(block.image(r)));
        }
    }

    /** Layers 2.. of all rows: one multiply per layer, then bias, ReLU, goodness and normalisation on the host. */
    private void deeperLayers(int rows, double[] summed) {
        RowNorm norm = net.norm();
        for (int k = 1; k < layers.size(); k++) {
            Dense layer = layers.get(k);
            Nd4j.gemm(rows(activities[k - 1], rows), layer.weights(), rows(activities[k], rows), false, false, 1.0,
                    0.0);
            flops += 2.0 * rows * layer.inputSize() * layer.outputSize();
            int w = layer.outputSize();
            HostValues values = hostActivities[k];
            double[] bias = biases[k];
            double c = net.goodness().scale(w);
            double length = norm.length(w);
            boolean counts = k >= firstCounted;
            boolean normalise = k + 1 < layers.size();
            HostLoops.forRange(rows, w, (from, to) -> {
                double[] row = new double[w];
                for (int t = from; t < to; t++) {
                    values.readRow(t * w, row, w);
                    for (int j = 0; j < w; j++) {
                        row[j] += bias[j];
                    }
                    double sum = RowOps.reluAndSquaredSum(row, w);
                    if (counts) {
                        summed[t] += (float) (c * sum); // float, as the model's own inference records it
                    }
                    if (normalise) {
                        RowOps.scale(row, w, length / (Math.sqrt(sum) + LengthNorm.EPSILON));
                        values.writeRow(t * w, row, w);
                    }
                }
            });
        }
    }

    /** One thread's first-layer work on pairs, with its own scratch rows. */
    private final class FirstLayer {
        private final double[] product = new double[width];
        private final double[] label = new double[classes];
        private final double[] activity = new double[width];

        /**
         * Every label's first-layer goodness of pair r (added to {@code summed} when the layer counts), and
         * its normalised activities written to rows {@code r * classes + y} of the second layer's input.
         */
        void pair(int r, Window window, double squaredNorm, double[] summed) {
            occluded.readRow(r * width, product, width);
            double c = net.goodness().scale(width);
            double length = net.norm().length(width);
            double[] b = biases[0];
            for (int y = 0; y < classes; y++) {
                double inverse = 1 / net.norm().divisor(squaredNorm + labelPixels(window, y, label), net.inputSize());
                for (int j = 0; j < width; j++) {
                    activity[j] = product[j];
                }
                for (int t = 0; t < classes; t++) {
                    if (label[t] != 0) {
                        double[] w = labelRows[t];
                        double v = label[t];
                        for (int j = 0; j < width; j++) {
                            activity[j] += v * w[j];
                        }
                    }
                }
                double squares = 0;
                for (int j = 0; j < width; j++) {
                    double h = Math.max(activity[j] * inverse + b[j], 0);
                    activity[j] = h;
                    squares += h * h;
                }
                if (firstCounted == 0) {
                    summed[r * classes + y] += (float) (c * squares);
                }
                if (layers.size() > 1) {
                    RowOps.scale(activity, width, length / (Math.sqrt(squares) + LengthNorm.EPSILON));
                    hostActivities[0].writeRow((r * classes + y) * width, activity, width);
                }
            }
        }
    }

    /** Fills the label pixels of the overlay for label y under window w; returns their squared norm. */
    private double labelPixels(Window w, int y, double[] label) {
        Arrays.fill(label, 0);
        label[y] = overlayValue;
        if (occludeLabel) {
            for (int j : w.pixels()) {
                if (j < classes) {
                    label[j] = in.baselineStandardised(j);
                }
            }
        }
        double sum = 0;
        for (double v : label) {
            sum += v * v;
        }
        return sum;
    }

    private static INDArray rows(INDArray m, long count) {
        return m.get(NDArrayIndex.interval(0, count), NDArrayIndex.all());
    }
}
