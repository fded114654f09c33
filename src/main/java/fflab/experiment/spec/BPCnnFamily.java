package fflab.experiment.spec;

import fflab.cnn.BPCnnConfig;
import fflab.cnn.ConvStack;
import fflab.model.ModelKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The back-propagation CNN twin: options of {@link BPCnnConfig}, defaults from {@link BPCnnConfig#cpu()}. */
final class BPCnnFamily implements ModelFamily {
    private static final BPCnnConfig REF = BPCnnConfig.cpu();
    private static final OptionGroup OPTIONS = new OptionGroup(CnnShapes.concat(CnnShapes.stackOptions(stackOf(REF)), List.of(
            new Option("learning_rate", ValueType.number(0, false), REF.learningRate(), "Adam learning rate"),
            new Option("epochs", ValueType.integer(1), (long) REF.epochs(), "epochs"),
            new Option("batch_size", ValueType.integer(1), (long) REF.batchSize(), "images per step"),
            new Option("eval_every", ValueType.integer(0), (long) REF.evalEvery(),
                    "epochs between accuracy measurements; 0 = at the end only"))));

    @Override
    public ModelKind kind() {
        return ModelKind.BP_CNN;
    }

    @Override
    public OptionGroup options() {
        return OPTIONS;
    }

    @Override
    public BPCnnConfig config(Map<String, Object> v) {
        ConvStack s = CnnShapes.stack(v);
        return new BPCnnConfig(s.filters(), s.kernel(), s.pooling(), s.norm(), (Double) v.get("learning_rate"),
                Math.toIntExact((Long) v.get("epochs")), Math.toIntExact((Long) v.get("batch_size")),
                Math.toIntExact((Long) v.get("eval_every")));
    }

    @Override
    public List<Conflict> conflicts(Map<String, Object> v, int trainImages) {
        List<Conflict> conflicts = new ArrayList<>();
        CnnShapes.stackFits(v, conflicts);
        MlpShapes.batchWithinTrainingSet(v, trainImages, conflicts);
        return conflicts;
    }

    @Override
    public double trainingFlops(Object config, int trainImages) {
        BPCnnConfig c = (BPCnnConfig) config;
        // forward, then input and weight gradients (twice that)
        return 3 * CnnShapes.forwardFlops(stackOf(c), trainImages) * c.epochs();
    }

    @Override
    public long optimizerSteps(Object config, int trainImages) {
        BPCnnConfig c = (BPCnnConfig) config;
        return (long) c.epochs() * MlpShapes.batches(c.batchSize(), trainImages);
    }

    @Override
    public int accuracyProbes(Object config) {
        BPCnnConfig c = (BPCnnConfig) config;
        return MlpShapes.probes(c.epochs(), c.evalEvery(), 1);
    }

    @Override
    public double predictionFlops(Object config, int images) {
        return CnnShapes.forwardFlops(stackOf((BPCnnConfig) config), images);
    }

    @Override
    public double memoryBytes(Object config, int trainImages) {
        BPCnnConfig c = (BPCnnConfig) config;
        return MemoryEstimate.conv(stackOf(c), c.batchSize());
    }

    private static ConvStack stackOf(BPCnnConfig c) {
        return new ConvStack(c.filters(), c.kernel(), c.pooling(), c.norm());
    }
}
