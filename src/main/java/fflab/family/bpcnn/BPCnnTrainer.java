package fflab.family.bpcnn;

import fflab.cnn.BPCnnConfig;
import fflab.family.Families;
import fflab.family.FamilyTrainer;
import fflab.model.ModelKind;

/** The back-propagation CNN twin as a Tribuo trainer. */
public final class BPCnnTrainer extends FamilyTrainer<BPCnnConfig> {
    /** For Tribuo's configuration system: the CPU-scale config. */
    public BPCnnTrainer() {
        this(BPCnnConfig.cpu(), 1);
    }

    public BPCnnTrainer(BPCnnConfig config, long seed) {
        super(Families.get(ModelKind.BP_CNN), config, seed);
    }
}
