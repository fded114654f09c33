package fflab.experiment.spec;

import fflab.cnn.Blend;
import fflab.cnn.Classifier;
import fflab.cnn.FFCnnConfig;
import fflab.cnn.PatternFamily;
import fflab.model.ModelKind;
import fflab.model.NegativeMode;
import fflab.model.Schedule;
import fflab.nn.Goodness;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Forward-Forward CNN: options of {@link FFCnnConfig}, defaults from {@link FFCnnConfig#cpu()}. */
final class FFCnnFamily implements ModelFamily {
    private static final FFCnnConfig REF = FFCnnConfig.cpu();
    private static final OptionGroup OPTIONS = new OptionGroup(CnnShapes.concat(CnnShapes.stackOptions(REF.stack()),
            List.of(
            new Option("patterns", ValueType.choice(PatternFamily.class), ValueType.id(REF.patterns()),
                    "label patterns: waves (a cosine per class) or tiles (class c lights tile c)"),
            new Option("blend", ValueType.choice(Blend.class), ValueType.id(REF.blend()),
                    "add (x + K p) or mix ((1 - K) x + K p)"),
            new Option("label_intensity", ValueType.number(0, true), REF.labelIntensity(), "K of the blend"),
            new Option("goodness", ValueType.choice(Goodness.class), ValueType.id(REF.goodness()),
                    "sum or mean of the squared activities of a layer's whole map"),
            new Option("theta", ValueType.number(0, true), REF.theta(), "goodness threshold"),
            new Option("learning_rate", ValueType.number(0, false), REF.learningRate(), "Adam learning rate"),
            new Option("epochs", ValueType.integer(0), (long) REF.epochs(),
                    "epochs per layer (sequential) or of the whole network (simultaneous); 0 with the linear "
                            + "classifier: the untrained control"),
            new Option("batch_size", ValueType.integer(1), (long) REF.batchSize(), "images per step"),
            new Option("schedule", ValueType.choice(Schedule.class), ValueType.id(REF.schedule()),
                    "layer by layer (sequential) or all layers every step (simultaneous)"),
            new Option("negatives", ValueType.choice(NegativeMode.class), ValueType.id(REF.negatives()),
                    "how wrong labels are chosen"),
            new Option("resample_negatives", ValueType.bool(), REF.resampleNegatives(),
                    "draw new negatives every epoch"),
            new Option("classifier", ValueType.choice(Classifier.class), ValueType.id(REF.classifier()),
                    "prediction: goodness over the labels, or a linear readout of the neutral input's activities"),
            new Option("readout_epochs", ValueType.integer(0), (long) REF.readoutEpochs(),
                    "epochs of the linear readout"),
            new Option("skip_first_layer", ValueType.bool(), REF.skipFirstLayerInPrediction(),
                    "leave layer 1 out of the prediction"),
            new Option("eval_every", ValueType.integer(0), (long) REF.evalEvery(),
                    "epochs between accuracy measurements; 0 = at the end only"))));

    @Override
    public ModelKind kind() {
        return ModelKind.FF_CNN;
    }

    @Override
    public OptionGroup options() {
        return OPTIONS;
    }

    @Override
    public FFCnnConfig config(Map<String, Object> v) {
        var stack = CnnShapes.stack(v);
        return REF.toBuilder()
                .filters(stack.filters())
                .kernel(stack.kernel())
                .pooling(stack.pooling())
                .norm(stack.norm())
                .patterns(ValueType.enumValue(PatternFamily.class, v.get("patterns")))
                .blend(ValueType.enumValue(Blend.class, v.get("blend")))
                .labelIntensity((Double) v.get("label_intensity"))
                .goodness(ValueType.enumValue(Goodness.class, v.get("goodness")))
                .theta((Double) v.get("theta"))
                .learningRate((Double) v.get("learning_rate"))
                .epochs(Math.toIntExact((Long) v.get("epochs")))
                .batchSize(Math.toIntExact((Long) v.get("batch_size")))
                .schedule(ValueType.enumValue(Schedule.class, v.get("schedule")))
                .negatives(ValueType.enumValue(NegativeMode.class, v.get("negatives")))
                .resampleNegatives((Boolean) v.get("resample_negatives"))
                .classifier(ValueType.enumValue(Classifier.class, v.get("classifier")))
                .readoutEpochs(Math.toIntExact((Long) v.get("readout_epochs")))
                .skipFirstLayerInPrediction((Boolean) v.get("skip_first_layer"))
                .evalEvery(Math.toIntExact((Long) v.get("eval_every")))
                .build();
    }

    @Override
    public List<Conflict> conflicts(Map<String, Object> v, int trainImages) {
        List<Conflict> conflicts = new ArrayList<>();
        CnnShapes.stackFits(v, conflicts);
        Blend blend = ValueType.enumValue(Blend.class, v.get("blend"));
        double k = (Double) v.get("label_intensity");
        if (!blend.accepts(k)) {
            conflicts.add(new Conflict("label_intensity", "expected " + blend.allowed() + " with blend "
                    + v.get("blend") + ", got " + k));
        }
        if (ValueType.enumValue(Classifier.class, v.get("classifier")) == Classifier.LINEAR
                && (Long) v.get("readout_epochs") < 1) {
            conflicts.add(new Conflict("readout_epochs", "the linear classifier needs 1 or more readout epochs"));
        }
        if ((Long) v.get("epochs") == 0 && ValueType.enumValue(Classifier.class, v.get("classifier"))
                != Classifier.LINEAR) {
            conflicts.add(new Conflict("epochs", "0 (the untrained control) needs classifier: linear"));
        }
        if ((Boolean) v.get("skip_first_layer") && MlpShapes.ints(v.get("filters")).size() < 2) {
            conflicts.add(new Conflict("skip_first_layer", "true needs two or more layers, but filters is "
                    + v.get("filters")));
        }
        MlpShapes.batchWithinTrainingSet(v, trainImages, conflicts);
        return conflicts;
    }

    @Override
    public double trainingFlops(Object config, int trainImages) {
        FFCnnConfig c = (FFCnnConfig) config;
        // positive and negative images: forward and kernel gradient
        double ff = 2 * 2 * CnnShapes.forwardFlops(c.stack(), trainImages) * c.epochs();
        // the readout computes the frozen layers' features once (FFConvTrainer caches them)
        return c.classifier() == Classifier.LINEAR ? ff + CnnShapes.forwardFlops(c.stack(), trainImages) : ff;
    }

    @Override
    public long optimizerSteps(Object config, int trainImages) {
        FFCnnConfig c = (FFCnnConfig) config;
        return (long) c.layers() * c.epochs() * MlpShapes.batches(c.batchSize(), trainImages);
    }

    @Override
    public int accuracyProbes(Object config) {
        FFCnnConfig c = (FFCnnConfig) config;
        return MlpShapes.probes(c.epochs(), c.evalEvery(), c.schedule() == Schedule.SEQUENTIAL ? c.layers() : 1);
    }

    @Override
    public double memoryBytes(Object config, int trainImages) {
        FFCnnConfig c = (FFCnnConfig) config;
        return MemoryEstimate.conv(c.stack(), 2.0 * c.batchSize()); // positive and negative images
    }

    @Override
    public double predictionFlops(Object config, int images) {
        FFCnnConfig c = (FFCnnConfig) config;
        int passes = c.classifier() == Classifier.LINEAR ? 1 : MlpShapes.CLASSES;
        return passes * CnnShapes.forwardFlops(c.stack(), images);
    }
}
