package fflab.cnn;

import fflab.FflabException;
import fflab.model.Permutations;
import fflab.nn.Adam;
import fflab.nn.Dense;
import fflab.train.TrainingMonitor;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Trains the BP-CNN twin end to end with mini-batch Adam on softmax cross-entropy. */
public record BPConvTrainer(BPCnnConfig config, long seed) {

    /**
     * @param images standardised square training images, one per row
     * @param labels their labels, {@code 0..classes-1}
     */
    public BPConvNetwork train(INDArray images, int[] labels, int classes, TrainingMonitor monitor) {
        MapShape image = MapShape.squareImage((int) images.columns());
        ConvStack stack = config.stack();
        String problem = stack.problem(image);
        if (problem != null) {
            throw new FflabException("bp-cnn option " + problem);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        List<Dense> kernels = stack.initialKernels(image, rng, images.dataType());
        Dense head = Dense.init(stack.outputShape(stack.layers() - 1, image).size(), classes, rng.nextLong(),
                images.dataType());
        BPConvNetwork network = new BPConvNetwork(stack, kernels, head, image);
        BPConvGradients gradients = new BPConvGradients(network);
        List<Dense> parameters = new ArrayList<>(kernels);
        parameters.add(head);
        List<Adam> optimisers = new ArrayList<>();
        for (Dense d : parameters) {
            optimisers.add(new Adam(d.parameters(), config.learningRate()));
        }
        monitor.started("bp-cnn", config.epochs());
        int n = labels.length;
        for (int epoch = 1; epoch <= config.epochs(); epoch++) {
            long start = System.nanoTime();
            double lossSum = 0;
            for (int[] rows : Permutations.batches(n, config.batchSize(), rng)) {
                lossSum += gradients.compute(Nd4j.pullRows(images, 1, rows), Permutations.pick(labels, rows))
                        * rows.length;
                for (int k = 0; k < parameters.size(); k++) {
                    optimisers.get(k).step(parameters.get(k).parameters(), gradients.parameterGradient(k));
                }
            }
            monitor.endToEndEpoch(epoch, config.epochs(), lossSum / n, start, config.evalEvery(), network);
        }
        monitor.finished();
        return network;
    }
}
