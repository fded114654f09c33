package fflab.experiment.spec;

import fflab.model.FFConfig;
import fflab.model.LearningRateSchedule;
import fflab.model.ModelKind;
import fflab.model.NegativeMode;
import fflab.model.OverlayMode;
import fflab.model.Schedule;
import fflab.nn.Goodness;
import fflab.nn.Optimizer;
import fflab.nn.RowNorm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Forward-Forward MLP: options of {@link FFConfig}, defaults from {@link FFConfig#reference()}. */
final class FFMlpFamily implements ModelFamily {
    private static final FFConfig REF = FFConfig.reference();
    private static final OptionGroup OPTIONS = new OptionGroup(List.of(
            new Option("hidden", ValueType.widths(), MlpShapes.longs(REF.hiddenSizes()),
                    "hidden layer widths, input side first"),
            new Option("goodness", ValueType.choice(Goodness.class), ValueType.id(REF.goodness()),
                    "sum or mean of the squared activities"),
            new Option("theta", ValueType.number(0, true), REF.theta(), "goodness threshold"),
            new Option("learning_rate", ValueType.number(0, false), REF.learningRate(), "optimiser learning rate"),
            new Option("epochs", ValueType.integer(1), (long) REF.epochs(),
                    "epochs per layer (sequential) or of the whole network (simultaneous)"),
            new Option("batch_size", ValueType.integer(0), (long) REF.batchSize(), "images per step; 0 = full batch"),
            new Option("schedule", ValueType.choice(Schedule.class), ValueType.id(REF.schedule()),
                    "layer by layer (sequential) or all layers every step (simultaneous)"),
            new Option("negatives", ValueType.choice(NegativeMode.class), ValueType.id(REF.negatives()),
                    "how wrong labels are chosen"),
            new Option("resample_negatives", ValueType.bool(), REF.resampleNegatives(),
                    "draw new negatives every epoch"),
            new Option("overlay", ValueType.choice(OverlayMode.class), ValueType.id(REF.overlay()),
                    "label pixel value: the largest training pixel (max) or overlay_value (constant)"),
            new Option("overlay_value", ValueType.anyNumber(), REF.overlayValue(),
                    "label pixel value with overlay: constant"),
            new Option("skip_first_layer", ValueType.bool(), REF.skipFirstLayerInPrediction(),
                    "leave layer 1 out of the goodness sum when predicting"),
            new Option("eval_every", ValueType.integer(0), (long) REF.evalEvery(),
                    "epochs between accuracy measurements; 0 = at the end only"),
            new Option("learning_rate_schedule", ValueType.choice(LearningRateSchedule.class),
                    ValueType.id(REF.learningRateSchedule()),
                    "constant, or cooldown: full rate for the first half of each stage, then down linearly"),
            new Option("input_norm", ValueType.choice(RowNorm.class), ValueType.id(REF.norm()),
                    "every layer's input normalised to length 1 (reference code) or to RMS 1 (Hinton)"),
            new Option("optimizer", ValueType.choice(Optimizer.Kind.class), ValueType.id(REF.optimizer()),
                    "adam, or sgd with momentum 0.9 and weight_decay"),
            new Option("weight_decay", ValueType.number(0, true), REF.weightDecay(),
                    "L2 weight decay of sgd; 0 with adam"),
            new Option("peer_normalisation", ValueType.number(0, true), REF.peerNormalisation(),
                    "weight of Hinton's peer normalisation loss; 0 = off")));

    @Override
    public ModelKind kind() {
        return ModelKind.FF_MLP;
    }

    @Override
    public OptionGroup options() {
        return OPTIONS;
    }

    @Override
    public FFConfig config(Map<String, Object> v) {
        return REF.toBuilder()
                .hiddenSizes(MlpShapes.ints(v.get("hidden")))
                .goodness(ValueType.enumValue(Goodness.class, v.get("goodness")))
                .theta((Double) v.get("theta"))
                .learningRate((Double) v.get("learning_rate"))
                .epochs(Math.toIntExact((Long) v.get("epochs")))
                .batchSize(Math.toIntExact((Long) v.get("batch_size")))
                .schedule(ValueType.enumValue(Schedule.class, v.get("schedule")))
                .negatives(ValueType.enumValue(NegativeMode.class, v.get("negatives")))
                .resampleNegatives((Boolean) v.get("resample_negatives"))
                .overlay(ValueType.enumValue(OverlayMode.class, v.get("overlay")))
                .overlayValue((Double) v.get("overlay_value"))
                .skipFirstLayerInPrediction((Boolean) v.get("skip_first_layer"))
                .evalEvery(Math.toIntExact((Long) v.get("eval_every")))
                .learningRateSchedule(ValueType.enumValue(LearningRateSchedule.class, v.get("learning_rate_schedule")))
                .norm(ValueType.enumValue(RowNorm.class, v.get("input_norm")))
                .optimizer(ValueType.enumValue(Optimizer.Kind.class, v.get("optimizer")))
                .weightDecay((Double) v.get("weight_decay"))
                .peerNormalisation((Double) v.get("peer_normalisation"))
                .build();
    }

    @Override
    public List<Conflict> conflicts(Map<String, Object> v, int trainImages) {
        List<Conflict> conflicts = new ArrayList<>();
        int layers = MlpShapes.ints(v.get("hidden")).size();
        if ((Boolean) v.get("skip_first_layer") && layers < 2) {
            conflicts.add(new Conflict("skip_first_layer", "true needs two or more hidden layers, but hidden is "
                    + v.get("hidden")));
        }
        if ((Double) v.get("weight_decay") > 0 && ValueType.enumValue(Optimizer.Kind.class, v.get("optimizer"))
                == Optimizer.Kind.ADAM) {
            conflicts.add(new Conflict("weight_decay", "needs optimizer: sgd (Adam takes no weight decay here), but "
                    + "optimizer is adam"));
        }
        MlpShapes.batchWithinTrainingSet(v, trainImages, conflicts);
        return conflicts;
    }

    @Override
    public double trainingFlops(Object config, int trainImages) {
        FFConfig c = (FFConfig) config;
        double perEpoch = 0;
        int in = MlpShapes.PIXELS;
        for (int width : c.hiddenSizes()) {
            // positive and negative rows: forward product and weight gradient, 2 flops per multiply-add
            perEpoch += 2.0 * 2 * 2 * trainImages * (double) in * width;
            in = width;
        }
        if (c.negatives() == NegativeMode.HARD) {
            perEpoch += predictionFlops(c, trainImages); // goodness of every label to pick hard negatives
        }
        return perEpoch * c.epochs();
    }

    @Override
    public long optimizerSteps(Object config, int trainImages) {
        FFConfig c = (FFConfig) config;
        return (long) c.layers() * c.epochs() * MlpShapes.batches(c.batchSize(), trainImages);
    }

    @Override
    public int accuracyProbes(Object config) {
        FFConfig c = (FFConfig) config;
        return MlpShapes.probes(c.epochs(), c.evalEvery(), c.schedule() == Schedule.SEQUENTIAL ? c.layers() : 1);
    }

    @Override
    public double memoryBytes(Object config, int trainImages) {
        FFConfig c = (FFConfig) config;
        // positive and negative rows of one step
        return MemoryEstimate.dense(c.hiddenSizes(), false, 2.0 * (c.fullBatch() ? trainImages : c.batchSize()));
    }

    @Override
    public double predictionFlops(Object config, int images) {
        // one forward pass per candidate label
        return MlpShapes.CLASSES * MlpShapes.forwardFlops(((FFConfig) config).hiddenSizes(), false, images);
    }
}
