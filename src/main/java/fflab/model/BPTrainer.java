package fflab.model;

import fflab.nn.Adam;
import fflab.nn.Dense;
import fflab.nn.HostLoops;
import fflab.nn.HostValues;
import fflab.nn.StackedInput;
import fflab.nn.SoftmaxCrossEntropy;
import fflab.train.TrainingMonitor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains the back-propagation baseline with mini-batch Adam on softmax cross-entropy. Gradients
 * are written out by hand with ND4J ops, like the FF layers, so both families share one numeric
 * path and one cost model.
 */
public record BPTrainer(BPConfig config, long seed) {

    public BPNetwork train(INDArray images, int[] labels, int classes, TrainingMonitor monitor) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Dense> layers = new ArrayList<>();
        int in = (int) images.columns();
        List<Integer> widths = new ArrayList<>(config.hiddenSizes());
        widths.add(classes);
        for (int width : widths) {
            layers.add(Dense.init(in, width, rng.nextLong(), images.dataType()));
            in = width;
        }
        BPNetwork network = new BPNetwork(layers);
        Backprop backprop = new Backprop(layers, config.learningRate());
        monitor.started("bp-mlp", config.epochs());
        int n = labels.length;
        for (int epoch = 1; epoch <= config.epochs(); epoch++) {
            long start = System.nanoTime();
            backprop.setLearningRate(config.learningRate(epoch));
            double lossSum = 0;
            for (int[] rows : Permutations.batches(n, config.batchSize(), rng)) {
                lossSum += backprop.step(images, rows, Permutations.pick(labels, rows)) * rows.length;
            }
            monitor.endToEndEpoch(epoch, config.epochs(), lossSum / n, start, config.evalEvery(), network);
        }
        monitor.finished();
        return network;
    }

    /**
     * One network's forward and backward pass with its optimisers, on buffers allocated once per
     * batch size: a step allocates nothing of the batch's size.
     */
    private static final class Backprop {
        private final List<Dense> layers;
        private final List<Adam> optimizers = new ArrayList<>();
        private final Map<Integer, Buffers> buffers = new HashMap<>();

        Backprop(List<Dense> layers, double learningRate) {
            this.layers = layers;
            for (Dense d : layers) {
                optimizers.add(new Adam(d.parameters(), learningRate));
            }
        }

        void setLearningRate(double rate) {
            optimizers.forEach(o -> o.setLearningRate(rate));
        }

        /** Activations, deltas and gradients of one batch size; index k belongs to layer k. */
        private final class Buffers {
            final INDArray input;
            final INDArray[] outputs = new INDArray[layers.size()];
            final INDArray[] deltas = new INDArray[layers.size()];
            final INDArray[] gradients = new INDArray[layers.size()];

            Buffers(int batch) {
                DataType type = layers.get(0).weights().dataType();
                input = Nd4j.create(type, batch, layers.get(0).inputSize());
                for (int k = 0; k < layers.size(); k++) {
                    Dense d = layers.get(k);
                    outputs[k] = Nd4j.create(type, batch, d.outputSize());
                    deltas[k] = Nd4j.create(type, batch, d.outputSize());
                    gradients[k] = Nd4j.create(type, d.inputSize() + 1, d.outputSize());
                }
            }

            INDArray inputOf(int k) {
                return k == 0 ? input : outputs[k - 1];
            }
        }

        /** One Adam step on the images {@code rows} of {@code images}; returns the batch's mean cross-entropy. */
        double step(INDArray images, int[] rows, int[] labels) {
            Buffers b = buffers.computeIfAbsent(rows.length, Buffers::new);
            HostValues.gatherRows(images, rows, b.input);
            int depth = layers.size();
            for (int k = 0; k < depth; k++) {
                layers.get(k).forwardOnHost(b.inputOf(k), b.outputs[k], k < depth - 1);
            }
            // softmax + cross-entropy: the logits become dL/dlogits = (p - onehot) / batch
            INDArray delta = b.outputs[depth - 1];
            double loss = SoftmaxCrossEntropy.lossAndGradientInPlace(delta, labels);
            for (int k = depth - 1; k >= 0; k--) {
                Dense layer = layers.get(k);
                INDArray input = b.inputOf(k);
                new StackedInput(input).parameterGradient(layer, delta, b.gradients[k]);
                if (k > 0) {
                    INDArray next = b.deltas[k - 1];
                    Nd4j.gemm(delta, layer.weights(), next, false, true, 1.0, 0.0);
                    maskByActive(next, input);
                    delta = next;
                }
                optimizers.get(k).step(layer.parameters(), b.gradients[k]);
            }
            return loss;
        }
    }

    /**
     * ReLU's derivative: {@code delta *= (activity > 0)}, one host pass. The input of layer k is relu(z)
     * of layer k - 1, positive exactly where z > 0.
     */
    private static void maskByActive(INDArray delta, INDArray activity) {
        HostValues d = HostValues.of(delta);
        HostValues a = HostValues.of(activity);
        int width = (int) delta.columns();
        HostLoops.forRange((int) delta.rows(), width, (from, to) -> {
            for (int i = from * width; i < to * width; i++) {
                if (a.get(i) <= 0) {
                    d.set(i, 0);
                }
            }
        });
    }
}
