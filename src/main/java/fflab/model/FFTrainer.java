package fflab.model;

import fflab.nn.Dense;
import fflab.nn.FFLayer;
import fflab.nn.LayerInput;
import fflab.nn.OverlaidImageInput;
import fflab.nn.OverlayBasis;
import fflab.nn.StackedBatches;
import fflab.nn.StackedInput;
import fflab.train.EpochTotals;
import fflab.train.TrainingMonitor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Trains an FF-MLP with the sequential or simultaneous schedule. Every layer learns from its own
 * loss on its own input; nothing crosses layers but the (detached) normalised activities.
 * Same config, seed, data, backend and thread count: the same weights.
 */
public record FFTrainer(FFConfig config, long seed) {

    /**
     * @param images standardised training images, one per row, float32
     * @param labels their labels, {@code 0..classes-1}
     */
    public FFNetwork train(INDArray images, int[] labels, int classes, TrainingMonitor monitor) {
        return new Session(images, labels, classes, monitor).train("ff-mlp");
    }

    /** The mutable state of one training run. */
    private final class Session extends FFSession<FFNetwork> {
        private final OverlayBasis basis;
        private final List<FFLayer> layers = new ArrayList<>();
        private final Map<Integer, OverlaidImageInput> firstLayerInputs = new HashMap<>();
        private final Map<String, INDArray> buffers = new HashMap<>();

        Session(INDArray images, int[] labels, int classes, TrainingMonitor monitor) {
            super(config, seed, images, labels, classes, monitor);
            double overlayValue = config.overlay() == OverlayMode.MAX
                    ? images.maxNumber().doubleValue() : config.overlayValue();
            this.basis = OverlayBasis.of(images, overlayValue, classes, config.norm());
            int in = (int) images.columns();
            List<Dense> dense = new ArrayList<>();
            for (int width : config.hiddenSizes()) {
                Dense d = Dense.init(in, width, rng.nextLong(), images.dataType());
                dense.add(d);
                layers.add(new FFLayer(d, config.goodness(), config.theta(),
                        config.optimizer().create(d.parameters(), config.learningRate(), config.weightDecay()), 1,
                        config.peerNormalisation()));
                in = width;
            }
            this.network = new FFNetwork(dense, config.goodness(), overlayValue, classes,
                    config.skipFirstLayerInPrediction(), config.norm());
        }

        @Override
        protected int readoutBatchSize() {
            return config.readoutBatchSize();
        }

        @Override
        protected void trainSequential() {
            drawNegatives(0);
            for (int k = 0; k < layers.size(); k++) {
                String stage = "layer-" + (k + 1);
                FFLayer layer = layers.get(k);
                StackedBatches cachedInput = null;
                for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                    long start = System.nanoTime();
                    layer.setLearningRate(config.learningRate(epoch));
                    if (redrawEveryEpoch() && (epoch > 1 || k > 0)) {
                        drawNegatives(k + 1);
                        cachedInput = null;
                    }
                    if (k > 0 && cachedInput == null) {
                        cachedInput = new StackedBatches(stackedInputOfLayer(k));
                    }
                    EpochTotals totals = new EpochTotals();
                    for (int[] rows : batches()) {
                        LayerInput in = k == 0 ? firstLayerInput(rows) : cachedInput.batch(rows);
                        FFLayer.Step step = layer.step(in.rows());
                        step.forward(in);
                        step.backward();
                        totals.add(step, in.rows());
                    }
                    monitor.epochFinished(totals.toEpoch(stage, epoch, k + 1, start));
                    maybeEvaluate(stage, epoch, network.firstLayers(k + 1));
                }
            }
        }

        @Override
        protected void trainSimultaneous() {
            drawNegatives(0);
            for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                long start = System.nanoTime();
                for (FFLayer layer : layers) {
                    layer.setLearningRate(config.learningRate(epoch));
                }
                if (redrawEveryEpoch() && epoch > 1) {
                    drawNegatives(layers.size());
                }
                EpochTotals[] totals = new EpochTotals[layers.size()];
                for (int k = 0; k < totals.length; k++) {
                    totals[k] = new EpochTotals();
                }
                for (int[] rows : batches()) {
                    LayerInput in = firstLayerInput(rows);
                    for (int k = 0; k < layers.size(); k++) {
                        FFLayer.Step step = layers.get(k).step(in.rows());
                        INDArray activities = step.forward(in);
                        LayerInput next = null;
                        if (k + 1 < layers.size()) {
                            INDArray buffer = buffer("next-" + k, in.rows(), (int) activities.columns());
                            config.norm().normaliseRowsOnHost(activities, buffer);
                            next = new StackedInput(buffer);
                        }
                        step.backward();
                        totals[k].add(step, in.rows());
                        in = next;
                    }
                }
                for (int k = 0; k < totals.length; k++) {
                    monitor.epochFinished(totals[k].toEpoch("all", epoch, k + 1, start));
                }
                maybeEvaluate("all", epoch, network);
            }
        }

        /** Row sets of this epoch's steps: one null (all rows, in order) for a full batch. */
        private List<int[]> batches() {
            if (config.fullBatch()) {
                return java.util.Collections.singletonList(null);
            }
            return Permutations.batches(labels.length, config.batchSize(), rng);
        }

        private LayerInput firstLayerInput(int[] rows) {
            int count = rows == null ? labels.length : rows.length;
            OverlaidImageInput in = firstLayerInputs.computeIfAbsent(count, c -> new OverlaidImageInput(
                    basis, c, config.hiddenSizes().get(0), rows == null));
            int[] pos = rows == null ? labels : Permutations.pick(labels, rows);
            int[] neg = rows == null ? negatives : Permutations.pick(negatives, rows);
            return in.load(rows, pos, neg);
        }

        /**
         * Layer k's input for all images: positive rows over negative rows, from the trained layers
         * below, with a column of ones for the bias (it is reused for many epochs).
         */
        private INDArray stackedInputOfLayer(int k) {
            int n = labels.length;
            int width = config.hiddenSizes().get(k - 1);
            INDArray out = Nd4j.create(images.dataType(), 2L * n, width + 1);
            out.get(NDArrayIndex.interval(0, n), NDArrayIndex.interval(0, width))
                    .assign(network.inputOfLayer(k, basis, labels));
            out.get(NDArrayIndex.interval(n, 2 * n), NDArrayIndex.interval(0, width))
                    .assign(network.inputOfLayer(k, basis, negatives));
            out.get(NDArrayIndex.all(), NDArrayIndex.point(width)).assign(1);
            return out;
        }

        private INDArray buffer(String name, int rows, int cols) {
            return buffers.compute(name + "/" + rows, (key, old) ->
                    old != null ? old : Nd4j.create(images.dataType(), rows, cols));
        }
    }
}
