package fflab.family.bpcnn;

import fflab.cnn.BPCnnConfig;
import fflab.cnn.BPConvTrainer;
import fflab.family.BaseFamily;
import fflab.family.Conflict;
import fflab.family.Cost;
import fflab.model.ModelKind;
import fflab.option.OptionValues;
import java.util.List;
import java.util.Map;

/** The back-propagation CNN twin: the options of {@link BPCnnConfig}, defaults from {@link BPCnnConfig#cpu()}. */
public final class BPCnnFamily extends BaseFamily<BPCnnConfig> {
    public BPCnnFamily() {
        super(ModelKind.BP_CNN, (c, seed, x, y, k, m) -> new BPConvTrainer(c, seed).train(x, y, k, m),
                BPCnnTrainer::new,
                Map.entry("cpu", BPCnnConfig.cpu()), Map.entry("paper", BPCnnConfig.paper()));
    }

    @Override
    protected void addConflicts(OptionValues v, List<Conflict> conflicts) {
        Conflict.stackFits(v, conflicts);
    }

    @Override
    public double trainingFlops(BPCnnConfig c, int trainImages) {
        // forward, then input and weight gradients (twice that)
        return 3 * Cost.convFlops(c.stack(), trainImages) * c.epochs();
    }

    @Override
    public double predictionFlops(BPCnnConfig c, int images) {
        return Cost.convFlops(c.stack(), images);
    }

    @Override
    public double memoryBytes(BPCnnConfig c, int trainImages) {
        return Cost.convMemory(c.stack(), c.batchSize());
    }
}
