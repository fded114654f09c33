package fflab.model;

import fflab.nn.Dense;
import fflab.nn.Goodness;
import fflab.nn.RowNorm;
import fflab.nn.OverlayBasis;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.reduce.floating.SquaredNorm;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A trained (or training) FF-MLP for inference: overlay each label, run every layer, and read the
 * goodness. Images are standardised rows; the first {@code classes} pixels carry the label.
 */
public final class FFNetwork implements Predictor {
    /** Rows of the largest activity matrix one inference chunk may hold (bounds memory). */
    private static final long CHUNK_VALUES = 1L << 24;

    private final List<Dense> layers;
    private final Goodness goodness;
    private final double overlayValue;
    private final int classes;
    private final boolean skipFirstLayerInPrediction;
    private final RowNorm norm;

    public FFNetwork(List<Dense> layers, Goodness goodness, double overlayValue, int classes,
                     boolean skipFirstLayerInPrediction) {
        this(layers, goodness, overlayValue, classes, skipFirstLayerInPrediction, RowNorm.LENGTH);
    }

    /** @param norm how every layer normalises its input */
    public FFNetwork(List<Dense> layers, Goodness goodness, double overlayValue, int classes,
                     boolean skipFirstLayerInPrediction, RowNorm norm) {
        this.norm = norm;
        this.layers = List.copyOf(layers);
        this.goodness = goodness;
        this.overlayValue = overlayValue;
        this.classes = classes;
        this.skipFirstLayerInPrediction = skipFirstLayerInPrediction && layers.size() > 1;
    }

    public List<Dense> layers() {
        return layers;
    }

    public Goodness goodness() {
        return goodness;
    }

    public double overlayValue() {
        return overlayValue;
    }

    public int classes() {
        return classes;
    }

    public boolean skipFirstLayerInPrediction() {
        return skipFirstLayerInPrediction;
    }

    public RowNorm norm() {
        return norm;
    }

    public int inputSize() {
        return layers.get(0).inputSize();
    }

    /** The network made of the first {@code count} layers (shares their weights). */
    public FFNetwork firstLayers(int count) {
        return new FFNetwork(layers.subList(0, count), goodness, overlayValue, classes,
                skipFirstLayerInPrediction && count > 1, norm);
    }

    /** The label of largest goodness summed over the layers, and each layer's own choice. */
    @Override
    public Predictions predictAll(INDArray images) {
        LabelGoodness g = labelGoodness(images);
        int[][] perLayer = new int[g.layers()][];
        for (int k = 0; k < perLayer.length; k++) {
            perLayer[k] = g.predictWithLayer(k);
        }
        int from = skipFirstLayerInPrediction ? 1 : 0;
        return new Predictions(g.predict(from), perLayer, g.summed(from));
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
        int chunk = (int) Math.max(1, Math.min(n, CHUNK_VALUES / ((long) classes * widest)));
        for (int start = 0; start < n; start += chunk) {
            int end = Math.min(n, start + chunk);
            INDArray part = images.get(NDArrayIndex.interval(start, end), NDArrayIndex.all());
            chunkGoodness(OverlayBasis.of(part, overlayValue, classes, norm), start, out);
        }
        return out;
    }

    private void chunkGoodness(OverlayBasis basis, int offset, LabelGoodness out) {
        int n = basis.size();
        Dense first = layers.get(0);
        INDArray shared = first.preActivation(basis.augmentedImagePart());
        INDArray scale = Nd4j.create(basis.labelScales(null), new long[] {n, 1}, shared.dataType());
        INDArray h = Nd4j.create(shared.dataType(), (long) classes * n, first.outputSize());
        for (int label = 0; label < classes; label++) {
            INDArray block = h.get(NDArrayIndex.interval((long) label * n, (long) (label + 1) * n), NDArrayIndex.all());
            block.assign(shared);
            INDArray labelRow = first.weights().get(NDArrayIndex.interval(label, label + 1), NDArrayIndex.all());
            Nd4j.gemm(scale, labelRow, block, false, false, 1.0, 1.0);
        }
        Transforms.relu(h, false);
        record(0, h, n, offset, out);
        for (int k = 1; k < layers.size(); k++) {
            norm.normaliseRows(h, h);
            h = Transforms.relu(layers.get(k).preActivation(h), false);
            record(k, h, n, offset, out);
        }
    }

    private void record(int layer, INDArray activities, int n, int offset, LabelGoodness out) {
        INDArray g = Nd4j.create(activities.dataType(), activities.rows());
        Nd4j.exec(new SquaredNorm(activities, g, 1));
        g.muli(goodness.scale(activities.columns()));
        float[] values = g.toFloatVector();
        for (int label = 0; label < classes; label++) {
            for (int i = 0; i < n; i++) {
                out.set(layer, offset + i, label, values[label * n + i]);
            }
        }
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
}
