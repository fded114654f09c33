package fflab.experiment.spec;

import fflab.saliency.BaselineKind;
import fflab.data.DatasetId;
import fflab.data.Splitter;
import fflab.run.RunRequest;
import java.util.List;

/**
 * The keys of a spec and the options of its common blocks, with their defaults. Model options
 * live in the {@link ModelFamily} of each model.
 */
public final class SpecSchema {
    public static final String NAME = "name";
    public static final String DESCRIPTION = "description";
    public static final String DATASET = "dataset";
    public static final String SEED = "seed";
    public static final String DATA = "data";
    public static final String MODELS = "models";
    public static final String SALIENCY = "saliency";
    public static final String ZIP = "zip";
    public static final String EXCLUDE = "exclude";
    public static final String SCALE = "scale";
    public static final String SCALES = "scales";
    /** In {@code exclude:} entries: the model of the run. */
    public static final String MODEL = "model";

    public static final List<String> TOP_LEVEL_KEYS =
            List.of(NAME, DESCRIPTION, DATASET, SEED, DATA, MODELS, SALIENCY, ZIP, EXCLUDE, SCALE, SCALES);

    /** MNIST and Fashion-MNIST both have 60,000 training images; validation and training share them. */
    public static final int TRAINING_FILE_IMAGES = 60_000;
    /** ... and 10,000 test images. */
    public static final int TEST_FILE_IMAGES = 10_000;
    /** Both datasets' images are 28 x 28 pixels. */
    public static final int IMAGE_SIDE = 28;

    public static final Option DATASET_OPTION = new Option(DATASET, ValueType.choice(DatasetId.class),
            ValueType.id(DatasetId.MNIST), "the dataset");
    public static final Option SEED_OPTION = new Option(SEED, ValueType.longInteger(0), 1L,
            "seed of the split, the weights, the shuffles and the negatives");

    public static final OptionGroup DATA_OPTIONS = new OptionGroup(List.of(
            new Option("validation_size", ValueType.integer(1, TRAINING_FILE_IMAGES - 1),
                    (long) Splitter.DEFAULT_VALIDATION_SIZE, "training images held out for validation"),
            new Option("train_limit", ValueType.integer(0), 0L,
                    "train on only this many images; 0 = all that are not held out"),
            new Option("probe_train_size",
                    ValueType.integer(0, TRAINING_FILE_IMAGES, "the images of the training file"), (long) RunRequest.DEFAULT_PROBE_TRAIN_SIZE,
                    "training images whose accuracy is tracked during training; 0 = none")));

    /** Options of the ADS step; the engine that reads them lives in fflab.saliency. */
    public static final OptionGroup SALIENCY_OPTIONS = new OptionGroup(List.of(
            new Option("filters", ValueType.oddSizes(IMAGE_SIDE), List.of(1L, 3L, 5L, 7L),
                    "occlusion window sizes, all mapped on the same trained model"),
            new Option("stride", ValueType.integer(1, IMAGE_SIDE, "the " + IMAGE_SIDE + "x" + IMAGE_SIDE + " image"), 1L, "pixels between window centres"),
            new Option("baseline", ValueType.choice(BaselineKind.ids()), BaselineKind.RAW_ZERO.id(),
                    "what occluded pixels are set to: black (raw-zero), the standardised zero, or the per-pixel training mean"),
            new Option("evaluation", ValueType.choice(List.of("test", "subset")), "test",
                    "images the accuracy drop is measured on: the test set or a seeded subset of it"),
            new Option("evaluation_size",
                    ValueType.integer(1, TEST_FILE_IMAGES, "the images of the test file"), 1000L, "images in the subset (evaluation: subset)"),
            new Option("per_class", ValueType.bool(), true, "also one map per class"),
            new Option("occlude_label", ValueType.bool(), false, "let the window cover the FF label pixels too")));

    private SpecSchema() {}
}
