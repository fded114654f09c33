package fflab.cnn;

import fflab.nn.Dense;
import fflab.predict.Predictor;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A trained back-propagation CNN: the convolutional stack, then a dense softmax layer on the last
 * layer's flattened (NHWC) activity map. Images are standardised rows.
 */
public final class BPConvNetwork implements Predictor {
    /** Images per inference chunk (bounds memory). */
    private static final int CHUNK = 500;

    private final ConvStack stack;
    private final List<Dense> kernels;
    private final Dense head;
    private final MapShape image;
    private final ConvWorkspaces workspaces;

    public BPConvNetwork(ConvStack stack, List<Dense> kernels, Dense head, MapShape image) {
        this.stack = stack;
        this.kernels = List.copyOf(kernels);
        this.head = head;
        this.image = image;
        this.workspaces = new ConvWorkspaces(stack, image, kernels.size());
    }

    public ConvStack stack() {
        return stack;
    }

    public List<Dense> kernels() {
        return kernels;
    }

    public Dense head() {
        return head;
    }

    public MapShape image() {
        return image;
    }

    public int classes() {
        return head.outputSize();
    }

    /** Class probabilities, one row per standardised image. */
    public INDArray probabilities(INDArray images) {
        int n = (int) images.rows();
        List<Convolution> convolutions = convolutions();
        List<INDArray> parts = new ArrayList<>();
        for (int start = 0; start < n; start += CHUNK) {
            StackPass pass = StackPass.run(stack, kernels, convolutions,
                    FFConvNetwork.rows(images, start, Math.min(n, start + CHUNK)), kernels.size());
            parts.add(Transforms.softmax(head.preActivation(pass.maps(kernels.size() - 1)), false));
        }
        return parts.size() == 1 ? parts.get(0) : Nd4j.vstack(parts.toArray(new INDArray[0]));
    }

    @Override
    public Predictions predictAll(INDArray images) {
        INDArray p = probabilities(images);
        return Predictions.ofProbabilities(p);
    }

    /** The forward pass of every layer (for class activation maps). */
    StackPass pass(INDArray images) {
        return StackPass.run(stack, kernels, convolutions(), images, kernels.size());
    }

    private List<Convolution> convolutions() {
        return workspaces.get();
    }

    /** Fresh convolutions with their own buffers (for a trainer, which keeps them). */
    List<Convolution> newConvolutions() {
        return workspaces.fresh();
    }
}
