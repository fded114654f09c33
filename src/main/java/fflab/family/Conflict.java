package fflab.family;

import fflab.cnn.ConvStack;
import fflab.cnn.InputNorm;
import fflab.cnn.MapShape;
import fflab.cnn.Pooling;
import fflab.model.Classifier;
import fflab.option.OptionValues;
import java.util.List;

/** An impossible combination of option values, blamed on option {@code key}. */
public record Conflict(String key, String message) {

    /** Batches larger than the training set. */
    public static void batchWithinTrainingSet(OptionValues v, int trainImages, List<Conflict> conflicts) {
        long batch = v.integer("batch_size");
        if (batch > trainImages) {
            conflicts.add(new Conflict("batch_size", "batches of " + batch + " images need at least that many "
                    + "training images, but the run trains on " + trainImages));
        }
    }

    /** The linear classifier without readout epochs, and the untrained control (0 epochs) without it. */
    public static void readoutFits(OptionValues v, List<Conflict> conflicts) {
        Classifier classifier = v.choice(Classifier.class, "classifier");
        if (classifier == Classifier.LINEAR && v.integer("readout_epochs") < 1) {
            conflicts.add(new Conflict("readout_epochs", "the linear classifier needs 1 or more readout epochs"));
        }
        if (v.integer("epochs") == 0 && classifier != Classifier.LINEAR) {
            conflicts.add(new Conflict("epochs", "0 (the untrained control) needs classifier: linear"));
        }
    }

    /**
     * The problem on 28x28 images (for example pooling them to nothing) of the convolutional stack
     * the options filters, kernel, pooling and norm describe, blamed on the option it names.
     */
    public static void stackFits(OptionValues v, List<Conflict> conflicts) {
        ConvStack stack = new ConvStack(v.ints("filters"), Math.toIntExact(v.integer("kernel")),
                v.choice(Pooling.class, "pooling"), v.choice(InputNorm.class, "norm"));
        String problem = stack.problem(MapShape.MNIST);
        if (problem != null) {
            int colon = problem.indexOf(':');
            conflicts.add(new Conflict(colon > 0 ? problem.substring(0, colon) : "filters",
                    colon > 0 ? problem.substring(colon + 1).trim() : problem));
        }
    }
}
