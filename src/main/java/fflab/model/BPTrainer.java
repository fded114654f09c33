package fflab.model;

import fflab.nn.Adam;
import fflab.nn.Dense;
import fflab.nn.StackedInput;
import fflab.nn.Tensors;
import fflab.train.LayerEpoch;
import fflab.train.TrainingMonitor;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Trains the back-propagation baseline with mini-batch Adam on softmax cross-entropy. Gradients
 * are written out by hand with ND4J ops, like the FF layers, so both families share one numeric
 * path and one cost model.
 */
public final class BPTrainer {
    private final BPConfig config;
    private final long seed;

    public BPTrainer(BPConfig config, long seed) {
        this.config = config;
        this.seed = seed;
    }

    public BPConfig config() {
        return config;
    }

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
            int[] order = Permutations.random(n, rng);
            double lossSum = 0;
            for (int from = 0; from < n; from += config.batchSize()) {
                int[] rows = Permutations.slice(order, from, Math.min(n, from + config.batchSize()));
                INDArray x = Nd4j.pullRows(images, 1, rows);
                lossSum += backprop.step(x, Permutations.pick(labels, rows), classes) * rows.length;
            }
            monitor.epochFinished(new LayerEpoch("all", epoch, 0, lossSum / n, Double.NaN, Double.NaN,
                    (System.nanoTime() - start) / 1e9));
            if ((config.evalEvery() > 0 && epoch % config.evalEvery() == 0) || epoch == config.epochs()) {
                monitor.evaluate("all", epoch, network);
            }
        }
        monitor.finished();
        return network;
    }

    /** One network's forward and backward pass with its optimisers. */
    private static final class Backprop {
        private final List<Dense> layers;
        private final List<Adam> optimizers = new ArrayList<>();

        Backprop(List<Dense> layers, double learningRate) {
            this.layers = layers;
            for (Dense d : layers) {
                optimizers.add(new Adam(d.parameters(), learningRate));
            }
        }

        /** One Adam step on a batch; returns the batch's mean cross-entropy. */
        double step(INDArray x, int[] labels, int classes) {
            int depth = layers.size();
            List<INDArray> inputs = new ArrayList<>(depth);
            INDArray a = x;
            for (int k = 0; k < depth - 1; k++) {
                inputs.add(a);
                a = Transforms.relu(layers.get(k).preActivation(a), false);
            }
            inputs.add(a);
            INDArray p = Transforms.softmax(layers.get(depth - 1).preActivation(a), false);
            double[] ones = new double[labels.length];
            java.util.Arrays.fill(ones, 1.0);
            INDArray target = Tensors.scaledOneHot(labels, ones, classes, p.dataType());
            double loss = crossEntropy(p, labels, classes);
            // softmax + cross-entropy: dL/dlogits = (p - onehot) / batch
            INDArray delta = p.subi(target).divi(labels.length);
            for (int k = depth - 1; k >= 0; k--) {
                Dense layer = layers.get(k);
                INDArray input = inputs.get(k);
                INDArray dParameters = Nd4j.create(delta.dataType(), layer.inputSize() + 1, layer.outputSize());
                new StackedInput(input).parameterGradient(layer, delta, dParameters);
                if (k > 0) {
                    // ReLU's derivative: the input of layer k is relu(z) of layer k-1, positive exactly where z > 0
                    INDArray next = Nd4j.gemm(delta, layer.weights(), false, true);
                    delta = next.muli(Transforms.sign(input, true));
                }
                optimizers.get(k).step(layer.parameters(), dParameters);
            }
            return loss;
        }

        private static double crossEntropy(INDArray p, int[] labels, int classes) {
            double[] probs = p.dup('c').data().asDouble();
            double sum = 0;
            for (int i = 0; i < labels.length; i++) {
                sum -= Math.log(Math.max(probs[i * classes + labels[i]], 1e-12));
            }
            return sum / labels.length;
        }
    }
}
