package fflab.family.bpcnn;

import fflab.cnn.BPCnnConfig;
import fflab.family.FamilyTrainer;

/** The back-propagation CNN twin as a Tribuo trainer. */
public final class BPCnnTrainer extends FamilyTrainer<BPCnnConfig> {
    /** For Tribuo's configuration system: the CPU-scale config. */
    public BPCnnTrainer() {
        this(BPCnnConfig.cpu(), 1);
    }

    public BPCnnTrainer(BPCnnConfig config, long seed) {
        super(BPCnnFamily.INSTANCE, config, seed);
    }
}
