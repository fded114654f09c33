package fflab.family.bpmlp;

import fflab.family.BaseFamily;
import fflab.family.Cost;
import fflab.model.BPConfig;
import fflab.model.BPTrainer;
import fflab.model.ModelKind;
import java.util.Map;

/** The back-propagation MLP baseline: the options of {@link BPConfig}, defaults from {@link BPConfig#reference()}. */
public final class BPMlpFamily extends BaseFamily<BPConfig> {
    public BPMlpFamily() {
        super(ModelKind.BP_MLP, (c, seed, x, y, k, m) -> new BPTrainer(c, seed).train(x, y, k, m), BPMlpTrainer::new,
                Map.entry("reference", BPConfig.reference()));
    }

    @Override
    public double trainingFlops(BPConfig c, int trainImages) {
        // forward, then input and weight gradients (twice that)
        return 3 * Cost.denseFlops(c.hiddenSizes(), true, trainImages) * c.epochs();
    }

    @Override
    public double memoryBytes(BPConfig c, int trainImages) {
        return Cost.denseMemory(c.hiddenSizes(), true, c.batchSize());
    }

    @Override
    public double saliencyFlops(BPConfig c, double pairs, int filter) {
        return Cost.windowFlops(c.hiddenSizes(), true, 1, filter) * pairs;
    }

    @Override
    public double predictionFlops(BPConfig c, int images) {
        return Cost.denseFlops(c.hiddenSizes(), true, images);
    }
}
