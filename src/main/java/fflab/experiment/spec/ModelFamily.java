package fflab.experiment.spec;

import fflab.model.ModelKind;
import java.util.List;
import java.util.Map;

/**
 * What the spec and the runner need to know about one kind of model: its options and their
 * defaults, how option values become the model's config record, which combinations are
 * impossible, and how many floating-point operations training and prediction take. A new model
 * family (for example a CNN) is one new implementation registered in {@link ModelRegistry}.
 */
public interface ModelFamily {
    ModelKind kind();

    OptionGroup options();

    /** The config record the trainer takes ({@code FFConfig}, {@code BPConfig}, ...), from complete option values. */
    Object config(Map<String, Object> values);

    /** Impossible combinations of complete option values, given the number of training images. */
    List<Conflict> conflicts(Map<String, Object> values, int trainImages);

    /** Floating-point operations of training on {@code trainImages} images, for cost estimates. */
    double trainingFlops(Object config, int trainImages);

    /**
     * Optimiser steps of training (for FF, one per layer and batch): each costs a fixed overhead
     * beyond its FLOPs, which dominates with small batches.
     */
    long optimizerSteps(Object config, int trainImages);

    /** How many times accuracy is measured on the probe sets during training (eval_every). */
    int accuracyProbes(Object config);

    /** Floating-point operations of classifying {@code images} images. */
    double predictionFlops(Object config, int images);

    /** Bytes training surely needs ({@link MemoryEstimate}: a lower bound), for the spec's size checks. */
    double memoryBytes(Object config, int trainImages);
}
