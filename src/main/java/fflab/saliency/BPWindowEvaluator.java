package fflab.saliency;

import fflab.model.BPNetwork;
import fflab.nn.Dense;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The exact fast path for BP-MLPs: the first layer is linear in the image, so an occluded
 * image's pre-activation is the unoccluded {@code x W} plus the window's columns
 * ({@link WindowDelta}); the other layers run as large matrix multiplies over the block's pairs
 * in preallocated buffers.
 */
final class BPWindowEvaluator implements OcclusionEvaluator {
    /** Values of the widest activity buffer of a block (64 MiB of float32). */
    private static final long BLOCK_VALUES = 1L << 24;

    private final BPNetwork net;
    private final OcclusionInputs in;
    private final int blockPairs;
    private final WindowDelta delta;
    private final INDArray[] activities;
    private double flops;

    BPWindowEvaluator(BPNetwork net, OcclusionInputs in) {
        this.net = net;
        this.in = in;
        List<Dense> layers = net.layers();
        int widest = layers.stream().mapToInt(Dense::outputSize).max().orElse(1);
        this.blockPairs = (int) Math.max(1, BLOCK_VALUES / widest);
        this.delta = new WindowDelta(in, layers.get(0).weights(), 0);
        DataType type = layers.get(0).weights().dataType();
        this.activities = new INDArray[layers.size()];
        for (int k = 0; k < layers.size(); k++) {
            activities[k] = Nd4j.create(type, blockPairs, layers.get(k).outputSize());
        }
        this.flops = delta.flops();
    }

    @Override
    public String name() {
        return "fast-bp";
    }

    @Override
    public int blockPairs() {
        return blockPairs;
    }

    @Override
    public boolean mustEvaluate(Window window, int image) {
        return delta.changes(window, image);
    }

    @Override
    public void evaluate(PairBlock block, int[] predicted, double[] score) {
        int n = block.size();
        double flopsBefore = delta.flops();
        delta.occludedProducts(block, activities[0], null);
        flops += delta.flops() - flopsBefore;
        List<Dense> layers = net.layers();
        INDArray a = rows(activities[0], n);
        a.addiRowVector(layers.get(0).bias());
        for (int k = 1; k < layers.size(); k++) {
            Transforms.relu(a, false);
            Dense layer = layers.get(k);
            INDArray next = rows(activities[k], n);
            Nd4j.gemm(a, layer.weights(), next, false, false, 1.0, 0.0);
            next.addiRowVector(layer.bias());
            flops += 2.0 * n * layer.inputSize() * layer.outputSize();
            a = next;
        }
        int classes = net.classes();
        double[] probabilities = Transforms.softmax(a, true).dup('c').data().asDouble();
        for (int r = 0; r < n; r++) {
            predicted[r] = ScoreKind.argmax(probabilities, r * classes, classes);
            score[r] = ScoreKind.PROBABILITY.score(probabilities, r * classes, classes, in.label(block.image(r)));
        }
    }

    private static INDArray rows(INDArray m, int n) {
        return m.get(NDArrayIndex.interval(0, n), NDArrayIndex.all());
    }

    @Override
    public double flops() {
        return flops;
    }
}
