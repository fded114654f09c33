package fflab.family.bpmlp;

import fflab.family.Families;
import fflab.family.FamilyTrainer;
import fflab.model.BPConfig;
import fflab.model.ModelKind;

/** The back-propagation MLP baseline as a Tribuo trainer. */
public final class BPMlpTrainer extends FamilyTrainer<BPConfig> {
    /** For Tribuo's configuration system: the reference config. */
    public BPMlpTrainer() {
        this(BPConfig.reference(), 1);
    }

    public BPMlpTrainer(BPConfig config, long seed) {
        super(Families.get(ModelKind.BP_MLP), config, seed);
    }
}
