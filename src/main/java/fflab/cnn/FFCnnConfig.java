package fflab.cnn;

import fflab.model.Classifier;
import fflab.FflabException;
import fflab.model.LayerwiseConfig;
import fflab.model.LinearReadout;
import fflab.model.NegativeMode;
import fflab.model.Schedule;
import fflab.nn.Goodness;
import fflab.option.Opt;
import fflab.option.SharedOpts;
import fflab.option.RecordBuilder;
import java.util.List;

/**
 * Everything that defines an FF-CNN and how it trains. {@link #paper()} is the CNN paper's MNIST
 * network (Scodellaro et al. 2023); {@link #cpu()} the network this machine trains
 * (98.88 % MNIST test with its linear readout after 5 minutes on 2 cores; one FF epoch, chosen by
 * validation accuracy among 0, 1, 2 and 4: more FF epochs make the readout worse; see README).
 *
 * Each component declares its option ({@link Opt}): see docs/options.md.
 */
public record FFCnnConfig(
        @SharedOpts.Filters List<Integer> filters,
        @SharedOpts.Kernel int kernel,
        @SharedOpts.Pooling Pooling pooling,
        @SharedOpts.ConvNorm InputNorm norm,
        @Opt(name = "patterns", doc = "label patterns: waves (a cosine per class) or tiles (class c lights tile c)")
        PatternFamily patterns,
        @Opt(name = "blend", doc = "add (x + K p) or mix ((1 - K) x + K p)")
        Blend blend,
        @Opt(name = "label_intensity", min = 0, doc = "K of the blend")
        double labelIntensity,
        @SharedOpts.Goodness Goodness goodness,
        @SharedOpts.Theta double theta,
        @SharedOpts.AdamLearningRate double learningRate,
        @SharedOpts.FFEpochs int epochs,
        @SharedOpts.BatchSize int batchSize,
        @SharedOpts.Schedule Schedule schedule,
        @SharedOpts.Negatives NegativeMode negatives,
        @SharedOpts.ResampleNegatives boolean resampleNegatives,
        @Opt(name = "classifier",
                doc = "prediction: goodness over the labels, or a linear readout of the neutral input's activities")
        Classifier classifier,
        @Opt(name = "readout_epochs", min = 0, doc = "epochs of the linear readout")
        int readoutEpochs,
        @SharedOpts.SkipFirstLayer boolean skipFirstLayerInPrediction,
        @SharedOpts.EvalEvery int evalEvery,
        @Opt(name = "rule", sinceDefault = "label-patterns", doc = "how layers learn: label-patterns (positive vs "
                + "negative data, the map's goodness against theta) or channel-wise (CwComp: no label in the input, "
                + "each class owns filters/10 channels of every layer, softmax cross-entropy of their goodness)")
        TrainingRule rule,
        @SharedOpts.ReadoutLearningRate double readoutLearningRate) implements LayerwiseConfig {

    public FFCnnConfig {
        filters = List.copyOf(filters);
        rule = rule == null ? TrainingRule.LABEL_PATTERNS : rule;
        readoutLearningRate = readoutLearningRate == 0 ? LinearReadout.LEARNING_RATE : readoutLearningRate;
        require(rule != TrainingRule.CHANNEL_WISE || filters.stream().allMatch(f -> f % CLASSES == 0),
                "filters: expected multiples of " + CLASSES + " with rule channel-wise (a group per class), got "
                        + filters);
        String stack = new ConvStack(filters, kernel, pooling, norm).problem(MapShape.MNIST);
        require(stack == null, stack);
        require(blend.accepts(labelIntensity), "label-intensity: expected " + blend.allowed() + " with blend "
                + blend.name().toLowerCase() + ", got " + labelIntensity);
        require(theta >= 0, "theta: expected >= 0, got " + theta);
        require(learningRate > 0, "learning-rate: expected > 0, got " + learningRate);
        require(epochs > 0 || (epochs == 0 && classifier == Classifier.LINEAR),
                "epochs: expected > 0 (0, the untrained control, needs the linear classifier), got " + epochs);
        require(batchSize > 0, "batch-size: expected > 0, got " + batchSize);
        require(readoutEpochs >= 0 && (readoutEpochs > 0 || classifier != Classifier.LINEAR),
                "readout-epochs: expected >= 1 with the linear classifier, got " + readoutEpochs);
        require(evalEvery >= 0, "eval-every: expected >= 0, got " + evalEvery);
        require(!(skipFirstLayerInPrediction && filters.size() < 2),
                "skip-first-layer: expected two or more layers, got " + filters.size());
    }

    /**
     * The CNN paper's MNIST network: 3 layers of 128 7x7 filters, layer norm, no pooling, Fourier
     * waves, batch 50, Adam 5e-5, 200 epochs, all layers trained together.
     */
    public static FFCnnConfig paper() {
        return new FFCnnConfig(List.of(128, 128, 128), 7, Pooling.NONE, InputNorm.LAYER, PatternFamily.WAVES,
                Blend.ADD, 1.0, Goodness.MEAN, 1.0, 5e-5, 200, 50, Schedule.SIMULTANEOUS, NegativeMode.WRONG, true,
                Classifier.GOODNESS, 5, false, 10, TrainingRule.LABEL_PATTERNS,
                LinearReadout.LEARNING_RATE);
    }

    /** The CPU-scale network: see README ("CNN models") for its measured accuracy and cost. */
    public static FFCnnConfig cpu() {
        return paper().toBuilder().set(FFCnnConfig::filters, List.of(16, 32, 64)).set(FFCnnConfig::kernel, 5)
                .set(FFCnnConfig::pooling, Pooling.MAX).set(FFCnnConfig::learningRate, 3e-3)
                .set(FFCnnConfig::epochs, 1).set(FFCnnConfig::batchSize, 100)
                .set(FFCnnConfig::classifier, Classifier.LINEAR).set(FFCnnConfig::readoutEpochs, 20)
                .set(FFCnnConfig::evalEvery, 0).build();
    }

    /** Classes of the datasets fflab trains on: the channel groups of the channel-wise rule. */
    public static final int CLASSES = 10;

    public ConvStack stack() {
        return new ConvStack(filters, kernel, pooling, norm);
    }

    public int layers() {
        return filters.size();
    }

    public RecordBuilder<FFCnnConfig> toBuilder() {
        return RecordBuilder.from(this);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new FflabException("ff-cnn option " + message);
        }
    }
}
