package fflab.model;

import fflab.nn.Dense;
import fflab.nn.Goodness;
import fflab.nn.HostLoops;
import fflab.nn.HostValues;
import fflab.nn.LengthNorm;
import fflab.nn.RowNorm;
import fflab.nn.RowOps;
import fflab.nn.OverlayBasis;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A trained (or training) FF-MLP for inference: overlay each label, run every layer, and read the
 * goodness; or, with a linear readout, run the neutral label once and apply the softmax layer to
 * the activities. Images are standardised rows; the first {@code classes} pixels carry the label.
 */
public record FFNetwork(List<Dense> layers, Goodness goodness, double overlayValue, int classes,
                        boolean skipFirstLayerInPrediction, RowNorm norm, Dense readout)
        implements FFPredictor<FFNetwork> {
    /** Values of the largest activity matrix one inference chunk may hold (bounds memory). */
    private static final long CHUNK_VALUES = 1L << 25;
    /**
     * Values of one layer's activity matrix for all labels of a chunk in {@link #labelGoodness}: 16 MB
     * of floats, reused by every chunk; its multiplies ({@code [~8,000 x 500] x [500 x 500]}) still run
     * at the full GEMM rate.
     */
    private static final long LABEL_CHUNK_VALUES = 1L << 22;

    /**
     * @param norm how every layer normalises its input
     * @param readout the linear readout {@code [readoutFeatureCount(), classes]}, or null to predict by goodness
     */
    public FFNetwork {
        layers = List.copyOf(layers);
        skipFirstLayerInPrediction = skipFirstLayerInPrediction && layers.size() > 1;
    }

    public FFNetwork(List<Dense> layers, Goodness goodness, double overlayValue, int classes,
                     boolean skipFirstLayerInPrediction) {
        this(layers, goodness, overlayValue, classes, skipFirstLayerInPrediction, RowNorm.LENGTH);
    }

    public FFNetwork(List<Dense> layers, Goodness goodness, double overlayValue, int classes,
                     boolean skipFirstLayerInPrediction, RowNorm norm) {
        this(layers, goodness, overlayValue, classes, skipFirstLayerInPrediction, norm, null);
    }

    public int inputSize() {
        return layers.get(0).inputSize();
    }

    public FFNetwork withReadout(Dense linear) {
        return new FFNetwork(layers, goodness, overlayValue, classes, skipFirstLayerInPrediction, norm, linear);
    }

    /** The network made of the first {@code count} layers (shares their weights), predicting by goodness. */
    public FFNetwork firstLayers(int count) {
        return new FFNetwork(layers.subList(0, count), goodness, overlayValue, classes,
                skipFirstLayerInPrediction && count > 1, norm);
    }

    /**
     * Goodness of every layer for every image and label. The first layer computes each image's
     * product with W once and adds one row of W per label (see {@link OverlayBasis}); all labels
     * of a chunk then go through the deeper layers as one matrix.
     */
    public LabelGoodness labelGoodness(INDArray images) {
        int n = (int) images.rows();
        LabelGoodness out = new LabelGoodness(layers.size(), n, classes);
        int widest = layers.stream().mapToInt(Dense::outputSize).max().orElse(1);
        int chunk = (int) Math.max(1, Math.min(n, LABEL_CHUNK_VALUES / ((long) classes * widest)));
        DataType type = images.dataType();
        INDArray basisRows = Nd4j.createUninitialized(type, new long[] {chunk, inputSize() + 1}, 'c');
        INDArray sharedRows = Nd4j.createUninitialized(type, new long[] {chunk, layers.get(0).outputSize()}, 'c');
        INDArray[] activities = activityBuffers(type, classes * chunk);
        for (int start = 0; start < n; start += chunk) {
            int end = Math.min(n, start + chunk);
            int rows = end - start;
            OverlayBasis basis = OverlayBasis.into(images.get(NDArrayIndex.interval(start, end), NDArrayIndex.all()),
                    overlayValue, classes, norm, leadingRows(basisRows, rows));
            INDArray shared = leadingRows(sharedRows, rows);
            layers.get(0).preActivation(basis.augmentedImagePart(), shared);
            chunkGoodness(basis, HostValues.of(shared), start, out, leadingRows(activities, classes * rows));
        }
        return out;
    }

    /**
     * One uninitialised activity matrix per layer, {@code [rows, width]}, reused by every chunk: fresh
     * arrays of this size per chunk cost more in allocation and page faults than their multiply.
     * A single-layer network needs none (its goodness is read in the first layer's pass).
     */
    private INDArray[] activityBuffers(DataType type, int rows) {
        if (layers.size() == 1) {
            return new INDArray[0];
        }
        INDArray[] buffers = new INDArray[layers.size()];
        for (int k = 0; k < buffers.length; k++) {
            buffers[k] = Nd4j.createUninitialized(type, new long[] {rows, layers.get(k).outputSize()}, 'c');
        }
        return buffers;
    }

    /** The first {@code rows} rows of each buffer, as plain views (the last chunk may be shorter). */
    private static INDArray[] leadingRows(INDArray[] buffers, int rows) {
        INDArray[] views = new INDArray[buffers.length];
        for (int k = 0; k < buffers.length; k++) {
            views[k] = leadingRows(buffers[k], rows);
        }
        return views;
    }

    private static INDArray leadingRows(INDArray buffer, int rows) {
        return buffer.rows() == rows ? buffer : buffer.get(NDArrayIndex.interval(0, rows), NDArrayIndex.all());
    }

    /**
     * One chunk of images, whose first-layer product {@code x0 W + b} is {@code shared}: for every label
     * one host pass that adds the label's scaled row of W, applies the ReLU, records the goodness and
     * writes the normalised activities straight into that label's block of the deeper layer's input (no copy of the shared product per label, no separate ReLU,
     * goodness and normalisation ops). Each deeper layer is one multiply into its buffer and one host
     * pass (bias, ReLU, goodness and normalisation), its rows {@code label * n + image}.
     */
    private void chunkGoodness(OverlayBasis basis, HostValues shared, int offset, LabelGoodness out,
                               INDArray[] activities) {
        int n = basis.size();
        Dense first = layers.get(0);
        int width = first.outputSize();
        HostValues parameters = HostValues.of(first.parameters());
        double[][] labelRows = new double[classes][width];
        for (int label = 0; label < classes; label++) {
            parameters.readRow(label * width, labelRows[label], width);
        }
        HostValues next = activities.length > 0 ? HostValues.of(activities[0]) : null;
        double c = goodness.scale(width);
        double length = norm.length(width);
        HostLoops.forRange(n, classes * width, (from, to) -> {
            double[] x = new double[width];
            double[] row = new double[width];
            for (int i = from; i < to; i++) {
                shared.readRow(i * width, x, width);
                double s = basis.labelScale(i);
                for (int label = 0; label < classes; label++) {
                    double[] w = labelRows[label];
                    double sum = 0;
                    for (int j = 0; j < width; j++) {
                        double v = Math.max(x[j] + s * w[j], 0);
                        row[j] = v;
                        sum += v * v;
                    }
                    out.set(0, offset + i, label, (float) (c * sum));
                    if (next != null) {
                        RowOps.scale(row, width, length / (Math.sqrt(sum) + LengthNorm.EPSILON));
                        next.writeRow((label * n + i) * width, row, width);
                    }
                }
            }
        });
        for (int k = 1; k < layers.size(); k++) {
            Nd4j.gemm(activities[k - 1], layers.get(k).weights(), activities[k], false, false, 1.0, 0.0);
            recordAndNormalise(k, activities[k], n, offset, out, k + 1 < layers.size());
        }
    }

    /**
     * Bias, ReLU, goodness and (when another layer follows) the normalisation of one deeper layer's
     * product {@code x W} {@code [label * n + image, width]}, in place, one host pass per row. The bias
     * is added in float, as ND4J's row-vector add did.
     */
    private void recordAndNormalise(int layer, INDArray z, int n, int offset, LabelGoodness out, boolean normalise) {
        HostValues values = HostValues.of(z);
        int width = (int) z.columns();
        double[] bias = new double[width];
        HostValues.of(layers.get(layer).bias()).readRow(0, bias, width);
        double c = goodness.scale(width);
        double length = norm.length(width);
        HostLoops.forRange((int) z.rows(), width, (from, to) -> {
            double[] row = new double[width];
            for (int r = from; r < to; r++) {
                values.readRow(r * width, row, width);
                for (int j = 0; j < width; j++) {
                    row[j] = (float) (row[j] + bias[j]);
                }
                double sum = RowOps.reluAndSquaredSum(row, width);
                out.set(layer, offset + r % n, r / n, (float) (c * sum));
                if (normalise) {
                    RowOps.scale(row, width, length / (Math.sqrt(sum) + LengthNorm.EPSILON));
                    values.writeRow(r * width, row, width);
                }
            }
        });
    }

    /**
     * Normalised activities of layer {@code layer - 1} for images overlaid with the given
     * labels: the input that layer {@code layer} sees. Layer 0's input is the overlaid image itself.
     */
    public INDArray inputOfLayer(int layer, OverlayBasis basis, int[] labels) {
        INDArray x = basis.materialise(labels);
        for (int k = 0; k < layer; k++) {
            INDArray h = Transforms.relu(layers.get(k).preActivation(x), false);
            norm.normaliseRows(h, h);
            x = h;
        }
        return x;
    }

    /** The layers the prediction reads: from layer 2 when the first is skipped. */
    private int firstPredictingLayer() {
        return skipFirstLayerInPrediction ? 1 : 0;
    }

    /** Columns of {@link #readoutFeatures}: the widths of the predicting layers. */
    public int readoutFeatureCount() {
        return layers.stream().skip(firstPredictingLayer()).mapToInt(Dense::outputSize).sum();
    }

    /**
     * What the linear readout reads, one row per image: the normalised activities of every
     * predicting layer for the image with the neutral label (every label pixel at
     * {@code overlayValue / classes}, Hinton's 0.1 for a one-hot 1), side by side.
     */
    public INDArray readoutFeatures(INDArray images) {
        int n = (int) images.rows();
        INDArray out = Nd4j.create(images.dataType(), n, readoutFeatureCount());
        int widest = layers.stream().mapToInt(Dense::outputSize).max().orElse(1);
        int chunk = (int) Math.max(1, Math.min(n, CHUNK_VALUES / widest));
        for (int start = 0; start < n; start += chunk) {
            int end = Math.min(n, start + chunk);
            INDArray x = images.get(NDArrayIndex.interval(start, end), NDArrayIndex.all()).dup('c');
            x.get(NDArrayIndex.all(), NDArrayIndex.interval(0, classes)).assign(overlayValue / classes);
            norm.normaliseRows(x, x);
            long column = 0;
            for (int k = 0; k < layers.size(); k++) {
                INDArray h = Transforms.relu(layers.get(k).preActivation(x), false);
                norm.normaliseRows(h, h);
                if (k >= firstPredictingLayer()) {
                    out.get(NDArrayIndex.interval(start, end), NDArrayIndex.interval(column, column + h.columns()))
                            .assign(h);
                    column += h.columns();
                }
                x = h;
            }
        }
        return out;
    }
}
