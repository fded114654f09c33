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
final class BPWindowEvaluator extends OcclusionEvaluator {
    private final BPNetwork net;
    private final OcclusionInputs in;
    private final WindowDelta delta;
    private final INDArray[] activities;

    BPWindowEvaluator(BPNetwork net, OcclusionInputs in) {
        super("fast-bp", pairsFitting(net.layers(), 1));
        this.net = net;
        this.in = in;
        List<Dense> layers = net.layers();
        this.delta = new WindowDelta(in, layers.get(0).weights(), 0);
        DataType type = layers.get(0).weights().dataType();
        this.activities = activityBuffers(layers, type, blockPairs());
        this.flops = delta.flops();
    }

    @Override
    boolean mustEvaluate(Window window, int image) {
        return delta.changes(window, image);
    }

    @Override
    void evaluate(PairBlock block, int[] predicted, double[] score) {
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
}
