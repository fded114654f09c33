package fflab.option;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Options that several families declare alike, each declared once: a config record's component
 * carries the annotation instead of repeating the {@link Opt}.
 */
public final class SharedOpts {
    private SharedOpts() {}

    @Opt(name = "hidden", min = 1, doc = "hidden layer widths, input side first")
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.RECORD_COMPONENT)
    public @interface Hidden {}

    @Opt(name = "filters", min = 1, doc = "filters of each convolutional layer, input side first")
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.RECORD_COMPONENT)
    public @interface Filters {}

    @Opt(name = "kernel", min = 1, max = 28, maxWhy = "the 28x28 image", odd = true,
            doc = "kernel size of every layer (odd: 'same' padding)")
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.RECORD_COMPONENT)
    public @interface Kernel {}

    @Opt(name = "pooling", doc = "between layers: none, or max (2x2)")
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.RECORD_COMPONENT)
    public @interface Pooling {}

    @Opt(name = "norm", doc = "normalisation of every layer's input map")
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.RECORD_COMPONENT)
    public @interface ConvNorm {}

    @Opt(name = "theta", min = 0, doc = "goodness threshold")
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.RECORD_COMPONENT)
    public @interface Theta {}

    @Opt(name = "learning_rate", min = 0, minExclusive = true, flags = "--lr", doc = "Adam learning rate")
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.RECORD_COMPONENT)
    public @interface AdamLearningRate {}

    @Opt(name = "goodness", doc = "sum or mean of the squared activities of a layer (of a CNN layer's whole map)")
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.RECORD_COMPONENT)
    public @interface Goodness {}

    /** The epochs of an FF network, trained layer-locally. */
    @Opt(name = "epochs", min = 0, doc = "epochs per layer (sequential) or of the whole network (simultaneous); "
            + "0 with the linear classifier: the untrained control")
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.RECORD_COMPONENT)
    public @interface FFEpochs {}

    @Opt(name = "skip_first_layer", doc = "leave layer 1 out of the prediction (goodness sum or readout)")
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.RECORD_COMPONENT)
    public @interface SkipFirstLayer {}

    /** The epochs of a network trained end to end (BP). */
    @Opt(name = "epochs", min = 1, doc = "epochs")
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.RECORD_COMPONENT)
    public @interface Epochs {}

    @Opt(name = "batch_size", min = 1, doc = "images per step")
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.RECORD_COMPONENT)
    public @interface BatchSize {}

    @Opt(name = "schedule", doc = "layer by layer (sequential) or all layers every step (simultaneous)")
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.RECORD_COMPONENT)
    public @interface Schedule {}

    @Opt(name = "negatives", doc = "how wrong labels are chosen")
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.RECORD_COMPONENT)
    public @interface Negatives {}

    @Opt(name = "resample_negatives", doc = "draw new negatives every epoch")
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.RECORD_COMPONENT)
    public @interface ResampleNegatives {}

    @Opt(name = "readout_learning_rate", min = 0, minExclusive = true, sinceDefault = "0.0003",
            doc = "Adam's initial learning rate of the linear readout, decayed to 0 along a cosine")
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.RECORD_COMPONENT)
    public @interface ReadoutLearningRate {}

    @Opt(name = "eval_every", min = 0, doc = "epochs between accuracy measurements; 0 = at the end only")
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.RECORD_COMPONENT)
    public @interface EvalEvery {}
}
