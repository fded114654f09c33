package fflab.cnn;

import fflab.model.FFSession;
import fflab.FflabException;
import fflab.model.Permutations;
import fflab.nn.Dense;
import fflab.nn.FFLayer;
import fflab.nn.Tensors;
import fflab.train.EpochTotals;
import fflab.train.TrainingMonitor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Trains an FF-CNN with the sequential or simultaneous schedule. Each convolutional layer is an
 * {@link FFLayer} whose input rows are image patches ({@link PatchInput}): the same local loss,
 * goodness and Adam as the MLP, with the goodness summed over a layer's whole activity map.
 * Nothing crosses layers but the (detached, pooled, normalised) activity maps.
 */
public record FFConvTrainer(FFCnnConfig config, long seed) {
    /**
     * @param images standardised square training images, one per row
     * @param labels their labels, {@code 0..classes-1}
     */
    public FFConvNetwork train(INDArray images, int[] labels, int classes, TrainingMonitor monitor) {
        MapShape image = MapShape.squareImage((int) images.columns());
        String problem = config.stack().problem(image);
        if (problem != null) {
            throw new FflabException("ff-cnn option " + problem);
        }
        return new Session(images, labels, classes, image, monitor).train("ff-cnn");
    }

    /** The mutable state of one training run. */
    private final class Session extends FFSession<FFConvNetwork> {
        private final ConvStack stack;
        private final List<Dense> kernels;
        private final List<FFLayer> layers = new ArrayList<>();
        private final List<Convolution> convolutions = new ArrayList<>();
        private final Map<String, INDArray> buffers = new HashMap<>();

        Session(INDArray images, int[] labels, int classes, MapShape image, TrainingMonitor monitor) {
            super(config, seed, images, labels, classes, monitor);
            this.stack = config.stack();
            this.kernels = stack.initialKernels(image, rng, images.dataType());
            for (int k = 0; k < kernels.size(); k++) {
                convolutions.add(stack.convolution(k, image));
                int positions = stack.inputShape(k, image).pixels();
                layers.add(usesNegatives()
                        ? new FFLayer(kernels.get(k), config.goodness(), config.theta(), config.learningRate(),
                                positions)
                        : FFLayer.channelwise(kernels.get(k), config.goodness(), config.learningRate(), positions,
                                classes));
            }
            LabelPatterns patterns = new LabelPatterns(config.patterns(), config.blend(), config.labelIntensity(),
                    classes, image.height(), image.width());
            this.network = new FFConvNetwork(stack, kernels, image, patterns, config.goodness(), config.rule(),
                    config.skipFirstLayerInPrediction(), null);
        }

        /** Channel-wise competition trains on the examples alone, with their labels: no patterns, no negatives. */
        @Override
        protected boolean usesNegatives() {
            return config.rule() != TrainingRule.CHANNEL_WISE;
        }

        @Override
        protected int readoutBatchSize() {
            return config.batchSize();
        }

        @Override
        protected void trainSequential() {
            drawNegatives(0);
            for (int k = 0; k < layers.size(); k++) {
                String stage = "layer-" + (k + 1);
                for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                    long start = System.nanoTime();
                    if (redrawEveryEpoch() && (epoch > 1 || k > 0)) {
                        drawNegatives(k + 1);
                    }
                    EpochTotals[] totals = totals();
                    for (int[] rows : batches()) {
                        trainBatch(rows, k, k, totals);
                    }
                    monitor.epochFinished(totals[k].toEpoch(stage, epoch, k + 1, start));
                    maybeEvaluate(stage, epoch, network.firstLayers(k + 1));
                }
            }
        }

        @Override
        protected void trainSimultaneous() {
            drawNegatives(0);
            int last = layers.size() - 1;
            for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                long start = System.nanoTime();
                if (redrawEveryEpoch() && epoch > 1) {
                    drawNegatives(layers.size());
                }
                EpochTotals[] totals = totals();
                for (int[] rows : batches()) {
                    trainBatch(rows, 0, last, totals);
                }
                for (int k = 0; k <= last; k++) {
                    monitor.epochFinished(totals[k].toEpoch("all", epoch, k + 1, start));
                }
                maybeEvaluate("all", epoch, network);
            }
        }

        /**
         * One batch: layers below {@code first} run frozen, layers {@code first..last} take one step on
         * their own loss. Positive examples are the images with their label's pattern, negative ones
         * the same images with a wrong label's pattern.
         */
        private void trainBatch(int[] rows, int first, int last, EpochTotals[] totals) {
            if (!usesNegatives()) {
                competeBatch(rows, first, last, totals);
                return;
            }
            int n = rows.length;
            int[] both = new int[2 * n];
            int[] bothLabels = new int[2 * n];
            for (int i = 0; i < n; i++) {
                both[i] = rows[i];
                both[n + i] = rows[i];
                bothLabels[i] = labels[rows[i]];
                bothLabels[n + i] = negatives[rows[i]];
            }
            INDArray x = buffer("images", 2 * n, (int) images.columns());
            Nd4j.pullRows(images, x, 1, both);
            INDArray blended = buffer("blended", 2 * n, (int) images.columns());
            network.patterns().blend(x, bothLabels, blended);
            INDArray xn = buffer("input-0", 2 * n, (int) images.columns());
            stack.norm().normalise(blended, xn);
            stepLayers(xn, 2 * n, null, first, last, totals);
        }

        /**
         * One batch of channel-wise competition: layers below {@code first} run frozen, layers
         * {@code first..last} take one step on their own loss, reading the images with no label.
         */
        private void competeBatch(int[] rows, int first, int last, EpochTotals[] totals) {
            int n = rows.length;
            int[] rowLabels = Permutations.pick(labels, rows);
            INDArray x = buffer("images", n, (int) images.columns());
            Nd4j.pullRows(images, x, 1, rows);
            INDArray xn = buffer("input-0", n, (int) images.columns());
            stack.norm().normalise(x, xn);
            stepLayers(xn, n, rowLabels, first, last, totals);
        }

        /**
         * Runs the normalised input {@code xn} of {@code examples} images through layers {@code 0..last}:
         * those below {@code first} frozen, the others one step on their own loss (channel-wise with
         * {@code rowLabels}, else positive/negative). Only the detached, pooled, normalised maps pass on.
         */
        private void stepLayers(INDArray xn, int examples, int[] rowLabels, int first, int last, EpochTotals[] totals) {
            for (int k = 0; k <= last; k++) {
                Convolution conv = convolutions.get(k);
                int rows = examples * conv.input().pixels();
                FFLayer.Step step = k >= first ? layers.get(k).step(rows) : null;
                INDArray h;
                if (step != null) {
                    PatchInput in = new PatchInput(conv, xn);
                    h = rowLabels == null ? step.forward(in) : step.forward(in, rowLabels);
                } else {
                    h = buffer("frozen-" + k, rows, kernels.get(k).outputSize());
                    conv.forward(xn, kernels.get(k), h);
                    Transforms.relu(h, false);
                }
                INDArray next = null;
                if (k < last) {
                    // read the activities before the backward pass overwrites them with gradients
                    INDArray pooled = StackPass.pool(stack, conv.input().withChannels(kernels.get(k).outputSize()), h,
                            examples);
                    next = buffer("input-" + (k + 1), examples, (int) pooled.columns());
                    stack.norm().normalise(pooled, next);
                    if (pooled != h && stack.pooling() != Pooling.NONE) {
                        Tensors.free(pooled); // made by this step, off-heap: not left for the garbage collector
                    }
                }
                if (step != null) {
                    step.backward();
                    totals[k].add(step, examples);
                }
                xn = next;
            }
        }

        private EpochTotals[] totals() {
            EpochTotals[] t = new EpochTotals[layers.size()];
            for (int k = 0; k < t.length; k++) {
                t[k] = new EpochTotals();
            }
            return t;
        }

        /** This epoch's mini-batches: a seeded shuffle cut into batches. */
        private List<int[]> batches() {
            return Permutations.batches(labels.length, config.batchSize(), rng);
        }

        private INDArray buffer(String name, int rows, int cols) {
            return buffers.computeIfAbsent(name + "/" + rows + "x" + cols,
                    key -> Nd4j.create(images.dataType(), rows, cols));
        }
    }
}
