package fflab.cnn;

import fflab.model.LabelGoodness;
import fflab.model.FFPredictor;
import fflab.nn.ChannelGroups;
import fflab.nn.Dense;
import fflab.nn.Goodness;
import fflab.nn.HostValues;
import fflab.nn.Tensors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A trained (or training) FF-CNN for inference: blend each label's pattern into the image, run
 * every layer and read its goodness (the sum of squared activities over its whole map), or, with
 * a linear readout, run the neutral input once and apply the softmax layer to the activities.
 * Trained by channel-wise competition ({@link TrainingRule#CHANNEL_WISE}), it runs the image
 * itself once and reads each class's score as the goodness of that class's channel group.
 * Images are standardised rows of {@code image.size()} values.
 */
public final class FFConvNetwork implements FFPredictor<FFConvNetwork> {
    /** Most values of the largest activity matrix of one inference chunk (bounds memory). */
    private static final long CHUNK_VALUES = 1L << 24;

    private final ConvStack stack;
    private final List<Dense> kernels;
    private final MapShape image;
    private final LabelPatterns patterns;
    private final Goodness goodness;
    private final TrainingRule rule;
    private final boolean skipFirstLayerInPrediction;
    private final Dense readout;
    private final ConvWorkspaces workspaces;

    /** @param readout the linear readout {@code [features, classes]}, or null to predict by goodness */
    public FFConvNetwork(ConvStack stack, List<Dense> kernels, MapShape image, LabelPatterns patterns,
                         Goodness goodness, TrainingRule rule, boolean skipFirstLayerInPrediction, Dense readout) {
        this.rule = rule;
        this.stack = stack;
        this.kernels = List.copyOf(kernels);
        this.image = image;
        this.patterns = patterns;
        this.goodness = goodness;
        this.skipFirstLayerInPrediction = skipFirstLayerInPrediction && kernels.size() > 1;
        this.readout = readout;
        this.workspaces = new ConvWorkspaces(stack, image, this.kernels.size());
    }

    public ConvStack stack() {
        return stack;
    }

    public List<Dense> kernels() {
        return kernels;
    }

    public MapShape image() {
        return image;
    }

    public LabelPatterns patterns() {
        return patterns;
    }

    public Goodness goodness() {
        return goodness;
    }

    public boolean skipFirstLayerInPrediction() {
        return skipFirstLayerInPrediction;
    }

    public TrainingRule rule() {
        return rule;
    }

    /** Whether the input carries a label pattern (not with channel-wise competition, which reads the image alone). */
    private boolean blendsLabels() {
        return rule == TrainingRule.LABEL_PATTERNS;
    }

    /** The linear readout, or null when the network predicts by goodness. */
    public Dense readout() {
        return readout;
    }

    public int classes() {
        return patterns.classes();
    }

    /** The network made of the first {@code count} layers (shares their kernels), predicting by goodness. */
    public FFConvNetwork firstLayers(int count) {
        return new FFConvNetwork(stack, kernels.subList(0, count), image, patterns, goodness, rule,
                skipFirstLayerInPrediction, null);
    }

    public FFConvNetwork withReadout(Dense linear) {
        return new FFConvNetwork(stack, kernels, image, patterns, goodness, rule, skipFirstLayerInPrediction, linear);
    }

    /** The layers the prediction reads: from layer 2 when the first is skipped. */
    private int firstPredictingLayer() {
        return skipFirstLayerInPrediction ? 1 : 0;
    }

    /**
     * Goodness of every layer for every image blended with every label's pattern; with channel-wise
     * competition, of every label's channel group for the image itself.
     */
    public LabelGoodness labelGoodness(INDArray images) {
        int n = (int) images.rows();
        LabelGoodness out = new LabelGoodness(kernels.size(), n, classes());
        List<Convolution> convolutions = convolutions();
        int chunk = chunk(n);
        for (int start = 0; start < n; start += chunk) {
            int end = Math.min(n, start + chunk);
            INDArray part = rows(images, start, end);
            if (!blendsLabels()) {
                INDArray x = part.dup('c');
                StackPass pass = StackPass.run(stack, kernels, convolutions, x, kernels.size());
                for (int k = 0; k < kernels.size(); k++) {
                    groupGoodness(pass.maps(k), kernels.get(k).outputSize(), start, k, out);
                }
                pass.release();
                Tensors.free(x);
                continue;
            }
            INDArray blended = Nd4j.create(images.dataType(), end - start, image.size());
            int[] labels = new int[end - start];
            for (int label = 0; label < classes(); label++) {
                Arrays.fill(labels, label);
                patterns.blend(part, labels, blended);
                StackPass pass = StackPass.run(stack, kernels, convolutions, blended, kernels.size());
                for (int k = 0; k < kernels.size(); k++) {
                    INDArray g = Nd4j.create(images.dataType(), end - start);
                    goodness.ofRows(pass.maps(k), g);
                    float[] values = g.toFloatVector();
                    for (int i = 0; i < values.length; i++) {
                        out.set(k, start + i, label, values[i]);
                    }
                }
                pass.release();
            }
            Tensors.free(blended);
        }
        return out;
    }

    /** Each image's goodness of each class's group of the {@code channels} channels of layer {@code k}'s maps. */
    private void groupGoodness(INDArray maps, int channels, int offset, int k, LabelGoodness out) {
        int perImage = (int) maps.columns();
        double c = ChannelGroups.scale(goodness, perImage, classes());
        HostValues values = HostValues.of(HostValues.isPlain(maps) ? maps : maps.dup('c'));
        double[] row = new double[perImage];
        double[] g = new double[classes()];
        for (int i = 0; i < maps.rows(); i++) {
            java.util.Arrays.fill(g, 0);
            values.readRow(i * perImage, row, perImage);
            ChannelGroups.addSquares(row, perImage, channels, classes(), g, 0);
            for (int label = 0; label < g.length; label++) {
                out.set(k, offset + i, label, (float) (c * g[label]));
            }
        }
    }

    /** The forward pass of the images blended with the given labels' patterns (all layers); channel-wise: of the images. */
    StackPass pass(INDArray images, int[] labels) {
        INDArray blended = Nd4j.create(images.dataType(), images.rows(), image.size());
        if (blendsLabels()) {
            patterns.blend(images, labels, blended);
        } else {
            blended.assign(images);
        }
        return StackPass.run(stack, kernels, convolutions(), blended, kernels.size());
    }

    /**
     * What the linear readout reads, one row per image: for every predicting layer, its normalised
     * activities for the neutral input, pooled as the next layer sees them (the last unpooled).
     */
    public INDArray readoutFeatures(INDArray images) {
        INDArray out = Nd4j.create(images.dataType(), images.rows(), readoutFeatureCount());
        readoutFeatures(images, out);
        return out;
    }

    /** {@link #readoutFeatures(INDArray)} written into {@code out}, {@code [images, readoutFeatureCount()]}. */
    public void readoutFeatures(INDArray images, INDArray out) {
        int n = (int) images.rows();
        List<Convolution> convolutions = convolutions();
        int chunk = chunk(n);
        for (int start = 0; start < n; start += chunk) {
            int end = Math.min(n, start + chunk);
            INDArray neutral = blendsLabels() ? patterns.neutral(rows(images, start, end))
                    : rows(images, start, end).dup('c');
            StackPass pass = StackPass.run(stack, kernels, convolutions, neutral, kernels.size());
            writeFeatures(pass, rows(out, start, end));
            pass.release();
            Tensors.free(neutral);
        }
    }

    private void writeFeatures(StackPass pass, INDArray out) {
        int last = kernels.size() - 1;
        long column = 0;
        for (int k = firstPredictingLayer(); k < last; k++) {
            INDArray block = pass.normalised.get(k + 1);
            columns(out, column, block.columns()).assign(block);
            column += block.columns();
        }
        stack.norm().normalise(pass.maps(last), columns(out, column, out.columns() - column));
    }

    private static INDArray columns(INDArray m, long from, long count) {
        return m.get(NDArrayIndex.all(), NDArrayIndex.interval(from, from + count));
    }

    /** Columns of {@link #readoutFeatures}. */
    public int readoutFeatureCount() {
        int total = 0;
        int last = kernels.size() - 1;
        for (int k = firstPredictingLayer(); k < last; k++) {
            total += stack.inputShape(k + 1, image).size();
        }
        return total + stack.outputShape(last, image).size();
    }

    private List<Convolution> convolutions() {
        return workspaces.get();
    }

    private int chunk(int n) {
        long widest = 1;
        for (int k = 0; k < kernels.size(); k++) {
            widest = Math.max(widest, stack.outputShape(k, image).size());
        }
        return (int) Math.max(1, Math.min(n, CHUNK_VALUES / widest));
    }

    static INDArray rows(INDArray m, int from, int to) {
        return from == 0 && to == m.rows() ? m : m.get(NDArrayIndex.interval(from, to), NDArrayIndex.all());
    }
}
