package fflab.family;

import fflab.model.ModelKind;
import fflab.model.tribuo.ImageTrainer;
import fflab.option.Declaration;
import fflab.option.OptionValues;
import fflab.predict.Predictor;
import fflab.train.TrainingMonitor;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A model family: its config record {@code C}, whose {@link fflab.option.Opt}-annotated
 * components declare its options, its presets, the checks across options, its cost and how it
 * trains. One package per family ({@code fflab.family.ffmlp}, ...), registered by one line in
 * {@code META-INF/services/fflab.family.Family}.
 */
public interface Family<C extends Record> {
    ModelKind kind();

    /** Named presets, in order; the first gives the defaults of specs and of {@code fflab train}. */
    Map<String, C> presets();

    /** The options, read once from {@code C} with the defaults of the first preset. */
    Declaration<C> declaration();

    /** Impossible combinations of complete option values, given the number of training images. */
    List<Conflict> conflicts(OptionValues values, int trainImages);

    /** Floating-point operations of training on {@code trainImages} images. */
    double trainingFlops(C config, int trainImages);

    /**
     * Optimiser steps of training (for FF, one per layer and batch): each costs a fixed overhead
     * beyond its FLOPs, which dominates with small batches.
     */
    long optimizerSteps(C config, int trainImages);

    /** How many times accuracy is measured on the probe sets during training (eval_every). */
    int accuracyProbes(C config);

    /** Floating-point operations of classifying {@code images} images. */
    double predictionFlops(C config, int images);

    /**
     * Floating-point operations of ADS on {@code pairs} (window, image) pairs with windows of
     * {@code filter} x {@code filter} pixels: by default one prediction per pair (the naive path); the
     * families with a fast path ({@code fflab.saliency}) count what it does.
     */
    default double saliencyFlops(C config, double pairs, int filter) {
        return predictionFlops(config, 1) * pairs;
    }

    /** Bytes training surely needs (a lower bound, {@link Cost}), for the spec's size checks. */
    double memoryBytes(C config, int trainImages);

    /** Trains a network on standardised rows. */
    Predictor fit(C config, long seed, INDArray standardised, int[] labels, int classes, TrainingMonitor monitor);

    /** The family's Tribuo trainer. */
    ImageTrainer trainer(C config, long seed);

    default C defaults() {
        return presets().values().iterator().next();
    }

    /** {@code config} as this family's config record, or a clear error. */
    default C cast(Object config) {
        Class<C> type = declaration().type();
        if (!type.isInstance(config)) {
            throw new fflab.FflabException("model " + kind() + " cannot use a " + config.getClass().getSimpleName());
        }
        return type.cast(config);
    }
}
