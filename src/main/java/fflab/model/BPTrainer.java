package fflab.model;

import fflab.nn.Adam;
import fflab.nn.Dense;
import fflab.nn.SoftmaxCrossEntropy;
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
                lossSum += backprop.step(x, Permutations.pick(labels, rows)) * rows.length;
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
        private final List<Adam> weightOptimizers = new ArrayList<>();
        private final List<Adam> biasOptimizers = new ArrayList<>();

        Backprop(List<Dense> layers, double learningRate) {
            this.layers = layers;
            for (Dense d : layers) {
                weightOptimizers.add(new Adam(d.weights(), learningRate));
                biasOptimizers.add(new Adam(d.bias(), learningRate));
            }
        }

        /** One Adam step on a batch; returns the batch's mean cross-entropy. */
        double step(INDArray x, int[] labels) {
            int depth = layers.size();
            List<INDArray> inputs = new ArrayList<>(depth);
            INDArray a = x;
            for (int k = 0; k < depth - 1; k++) {
                inputs.add(a);
                a = Transforms.relu(layers.get(k).preActivation(a), false);
            }
            inputs.add(a);
            // softmax + cross-entropy: dL/dlogits = (p - onehot) / batch
            INDArray delta = layers.get(depth - 1).preActivation(a);
            double loss = SoftmaxCrossEntropy.lossAndGradientInPlace(delta, labels);
            for (int k = depth - 1; k >= 0; k--) {
                Dense layer = layers.get(k);
                INDArray input = inputs.get(k);
                INDArray dW = Nd4j.gemm(input, delta, true, false);
                INDArray db = delta.sum(true, 0);
                if (k > 0) {
                    // ReLU's derivative: the input of layer k is relu(z) of layer k-1, positive exactly where z > 0
                    INDArray next = Nd4j.gemm(delta, layer.weights(), false, true);
                    delta = next.muli(Transforms.sign(input, true));
                }
                weightOptimizers.get(k).step(layer.weights(), dW);
                biasOptimizers.get(k).step(layer.bias(), db);
            }
            return loss;
        }
    }
}
