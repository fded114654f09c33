package fflab.experiment.spec;

import fflab.model.BPConfig;
import fflab.model.LearningRateSchedule;
import fflab.model.ModelKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The back-propagation MLP baseline: options of {@link BPConfig}, defaults from {@link BPConfig#reference()}. */
final class BPMlpFamily implements ModelFamily {
    private static final BPConfig REF = BPConfig.reference();
    private static final OptionGroup OPTIONS = new OptionGroup(List.of(
            new Option("hidden", ValueType.widths(), MlpShapes.longs(REF.hiddenSizes()),
                    "hidden layer widths, input side first"),
            new Option("learning_rate", ValueType.number(0, false), REF.learningRate(), "Adam learning rate"),
            new Option("epochs", ValueType.integer(1), (long) REF.epochs(), "epochs"),
            new Option("batch_size", ValueType.integer(1), (long) REF.batchSize(), "images per step"),
            new Option("eval_every", ValueType.integer(0), (long) REF.evalEvery(),
                    "epochs between accuracy measurements; 0 = at the end only"),
            new Option("learning_rate_schedule", ValueType.choice(LearningRateSchedule.class),
                    ValueType.id(REF.learningRateSchedule()),
                    "constant, or cooldown: full rate for the first half, then down linearly")));

    @Override
    public ModelKind kind() {
        return ModelKind.BP_MLP;
    }

    @Override
    public OptionGroup options() {
        return OPTIONS;
    }

    @Override
    public BPConfig config(Map<String, Object> v) {
        return new BPConfig(MlpShapes.ints(v.get("hidden")), (Double) v.get("learning_rate"),
                Math.toIntExact((Long) v.get("epochs")), Math.toIntExact((Long) v.get("batch_size")),
                Math.toIntExact((Long) v.get("eval_every")),
                ValueType.enumValue(LearningRateSchedule.class, v.get("learning_rate_schedule")));
    }

    @Override
    public List<Conflict> conflicts(Map<String, Object> v, int trainImages) {
        List<Conflict> conflicts = new ArrayList<>();
        MlpShapes.batchWithinTrainingSet(v, trainImages, conflicts);
        return conflicts;
    }

    @Override
    public double trainingFlops(Object config, int trainImages) {
        BPConfig c = (BPConfig) config;
        // forward (2 flops per multiply-add), then input and weight gradients (twice that)
        return 3 * MlpShapes.forwardFlops(c.hiddenSizes(), true, trainImages) * c.epochs();
    }

    @Override
    public long optimizerSteps(Object config, int trainImages) {
        BPConfig c = (BPConfig) config;
        return (long) c.epochs() * MlpShapes.batches(c.batchSize(), trainImages);
    }

    @Override
    public int accuracyProbes(Object config) {
        BPConfig c = (BPConfig) config;
        return MlpShapes.probes(c.epochs(), c.evalEvery(), 1);
    }

    @Override
    public double memoryBytes(Object config, int trainImages) {
        BPConfig c = (BPConfig) config;
        return MemoryEstimate.dense(c.hiddenSizes(), true, c.batchSize());
    }

    @Override
    public double predictionFlops(Object config, int images) {
        return MlpShapes.forwardFlops(((BPConfig) config).hiddenSizes(), true, images);
    }
}
