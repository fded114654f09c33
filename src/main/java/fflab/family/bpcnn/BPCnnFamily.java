package fflab.family.bpcnn;

import fflab.cnn.BPCnnConfig;
import fflab.cnn.BPConvTrainer;
import fflab.family.Conflict;
import fflab.family.Cost;
import fflab.family.Family;
import fflab.model.ModelKind;
import fflab.model.Predictor;
import fflab.option.Declaration;
import fflab.option.OptionValues;
import fflab.train.TrainingMonitor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The back-propagation CNN twin: the options of {@link BPCnnConfig}, defaults from {@link BPCnnConfig#cpu()}. */
public final class BPCnnFamily implements Family<BPCnnConfig> {
    static final BPCnnFamily INSTANCE = new BPCnnFamily();
    private static final Declaration<BPCnnConfig> DECLARATION = Declaration.of(BPCnnConfig.cpu());

    @Override
    public ModelKind kind() {
        return ModelKind.BP_CNN;
    }

    @Override
    public Map<String, BPCnnConfig> presets() {
        Map<String, BPCnnConfig> presets = new LinkedHashMap<>();
        presets.put("cpu", BPCnnConfig.cpu());
        presets.put("paper", BPCnnConfig.paper());
        return presets;
    }

    @Override
    public Declaration<BPCnnConfig> declaration() {
        return DECLARATION;
    }

    @Override
    public List<Conflict> conflicts(OptionValues v, int trainImages) {
        List<Conflict> conflicts = new ArrayList<>();
        Conflict.stackFits(v, conflicts);
        Conflict.batchWithinTrainingSet(v, trainImages, conflicts);
        return conflicts;
    }

    @Override
    public double trainingFlops(BPCnnConfig c, int trainImages) {
        // forward, then input and weight gradients (twice that)
        return 3 * Cost.convFlops(c.stack(), trainImages) * c.epochs();
    }

    @Override
    public long optimizerSteps(BPCnnConfig c, int trainImages) {
        return (long) c.epochs() * Cost.batches(c.batchSize(), trainImages);
    }

    @Override
    public int accuracyProbes(BPCnnConfig c) {
        return Cost.probes(c.epochs(), c.evalEvery(), 1);
    }

    @Override
    public double predictionFlops(BPCnnConfig c, int images) {
        return Cost.convFlops(c.stack(), images);
    }

    @Override
    public double memoryBytes(BPCnnConfig c, int trainImages) {
        return Cost.convMemory(c.stack(), c.batchSize());
    }

    @Override
    public Predictor fit(BPCnnConfig c, long seed, INDArray x, int[] labels, int classes, TrainingMonitor monitor) {
        return new BPConvTrainer(c, seed).train(x, labels, classes, monitor);
    }

    @Override
    public BPCnnTrainer trainer(BPCnnConfig c, long seed) {
        return new BPCnnTrainer(c, seed);
    }
}
