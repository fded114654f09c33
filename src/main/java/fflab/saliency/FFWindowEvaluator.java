package fflab.saliency;

import fflab.model.FFNetwork;
import fflab.nn.Dense;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.reduce.floating.SquaredNorm;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The exact fast path for FF-MLPs. The overlaid, occluded image for label y is
 * {@code u = x0' + l_y}, where {@code x0'} is the occluded image with its label pixels cleared and
 * {@code l_y} holds the label pixels (normally just {@code v e_y}). The first layer sees
 * {@code u / n} with {@code n = sqrt(||x0'||^2 + ||l_y||^2) + 1e-4}, so its pre-activation is
 * {@code (x0' W) / n + (l_y / n) W_L + b}: {@code x0' W} and {@code ||x0'||^2} come from
 * {@link WindowDelta} (window columns only), and the label part is one small multiply with the
 * label rows {@code W_L}. Occlusion changes the norm, so n is computed per pair (and per label
 * when the window covers label pixels with {@code occludeLabel}).
 *
 * <p>The deeper layers then run as large matrix multiplies over all (pair, label) rows of a block
 * at once, in preallocated buffers laid out label-major: rows {@code y*n .. y*n+n-1} hold label y.
 */
final class FFWindowEvaluator extends OcclusionEvaluator {
    private final FFNetwork net;
    private final OcclusionInputs in;
    private final boolean occludeLabel;
    private final int classes;
    private final double overlayValue;
    private final WindowDelta delta;
    private final INDArray labelRows;
    private final INDArray products;
    private final INDArray[] activities;

    FFWindowEvaluator(FFNetwork net, OcclusionInputs in, boolean occludeLabel) {
        super("fast-ff", pairsFitting(net.layers(), net.classes()));
        this.net = net;
        this.in = in;
        this.occludeLabel = occludeLabel;
        this.classes = net.classes();
        this.overlayValue = net.overlayValue();
        List<Dense> layers = net.layers();
        INDArray w1 = layers.get(0).weights();
        this.delta = new WindowDelta(in, w1, classes);
        this.labelRows = w1.get(NDArrayIndex.interval(0, classes), NDArrayIndex.all()).dup('c');
        DataType type = w1.dataType();
        this.products = Nd4j.create(type, blockPairs(), w1.columns());
        this.activities = activityBuffers(layers, type, (long) blockPairs() * classes);
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
        INDArray h = rows(activities[0], 0, (long) classes * n);
        firstLayer(rows(products, 0, n), squaredNorms, block.windows(), h);
        List<Dense> layers = net.layers();
        h.addiRowVector(layers.get(0).bias());
        Transforms.relu(h, false);
        int from = net.skipFirstLayerInPrediction() ? 1 : 0;
        double[] summed = new double[n * classes];
        float[] squares = squaredRowNorms(h);
        addGoodness(squares, h.columns(), n, 0 >= from, summed);
        for (int k = 1; k < layers.size(); k++) {
            normaliseRows(h, squares);
            Dense layer = layers.get(k);
            INDArray next = rows(activities[k], 0, (long) classes * n);
            Nd4j.gemm(h, layer.weights(), next, false, false, 1.0, 0.0);
            next.addiRowVector(layer.bias());
            Transforms.relu(next, false);
            flops += 2.0 * classes * n * layer.inputSize() * layer.outputSize();
            squares = squaredRowNorms(next);
            addGoodness(squares, next.columns(), n, k >= from, summed);
            h = next;
        }
        for (int r = 0; r < n; r++) {
            predicted[r] = ScoreKind.argmax(summed, r * classes, classes);
            score[r] = ScoreKind.GOODNESS_MARGIN.score(summed, r * classes, classes, in.label(block.image(r)));
        }
    }

    /**
     * First-layer pre-activations without the bias, label-major into {@code h}: {@code s / n + (l_y / n) W_L}.
     * Unless the label pixels are occluded, n does not depend on the label and {@code s} is scaled once.
     */
    private void firstLayer(INDArray s, double[] squaredNorms, Window[] windows, INDArray h) {
        int n = windows.length;
        float[][] inverseNorms = new float[classes][n];
        float[][] scaledLabels = new float[classes][n * classes];
        double[] label = new double[classes];
        boolean sharedNorm = true;
        for (int r = 0; r < n; r++) {
            sharedNorm &= !(occludeLabel && coversLabel(windows[r]));
            for (int y = 0; y < classes; y++) {
                double norm = net.norm().divisor(squaredNorms[r] + labelPixels(windows[r], y, label), net.inputSize());
                inverseNorms[y][r] = (float) (1.0 / norm);
                for (int j = 0; j < classes; j++) {
                    scaledLabels[y][r * classes + j] = (float) (label[j] / norm);
                }
            }
        }
        if (sharedNorm) {
            s.muliColumnVector(column(inverseNorms[0]));
        }
        for (int y = 0; y < classes; y++) {
            INDArray target = rows(h, (long) y * n, (long) (y + 1) * n);
            target.assign(s);
            if (!sharedNorm) {
                target.muliColumnVector(column(inverseNorms[y]));
            }
            Nd4j.gemm(Nd4j.create(scaledLabels[y], new long[] {n, classes}, 'c'), labelRows, target, false, false,
                    1.0, 1.0);
        }
        flops += 2.0 * n * classes * classes * labelRows.columns();
    }

    private static INDArray column(float[] values) {
        return Nd4j.create(values, new long[] {values.length, 1}, 'c');
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

    /** Squared length of every row (one reduction serves goodness and the next layer's normalisation). */
    private static float[] squaredRowNorms(INDArray h) {
        INDArray g = Nd4j.create(h.dataType(), h.rows());
        Nd4j.exec(new SquaredNorm(h, g, 1));
        return g.data().asFloat();
    }

    /** The network's normalisation ({@link fflab.nn.RowNorm}) of every row, from known squared lengths. */
    private void normaliseRows(INDArray h, float[] squares) {
        float[] norms = new float[squares.length];
        for (int i = 0; i < norms.length; i++) {
            norms[i] = (float) net.norm().divisor(squares[i], h.columns());
        }
        h.diviColumnVector(column(norms));
    }

    /** Adds each row's goodness to {@code summed[pair * classes + label]} when the layer counts. */
    private void addGoodness(float[] squares, long width, int n, boolean counts, double[] summed) {
        if (!counts) {
            return;
        }
        float scale = (float) net.goodness().scale(width); // float arithmetic, as the model's own inference
        for (int y = 0; y < classes; y++) {
            for (int r = 0; r < n; r++) {
                summed[r * classes + y] += squares[y * n + r] * scale;
            }
        }
    }

    private static INDArray rows(INDArray m, long from, long to) {
        return m.get(NDArrayIndex.interval(from, to), NDArrayIndex.all());
    }
}
