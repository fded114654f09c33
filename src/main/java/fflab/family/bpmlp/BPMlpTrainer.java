package fflab.family.bpmlp;

import fflab.family.FamilyTrainer;
import fflab.model.BPConfig;

/** The back-propagation MLP baseline as a Tribuo trainer. */
public final class BPMlpTrainer extends FamilyTrainer<BPConfig> {
    /** For Tribuo's configuration system: the reference config. */
    public BPMlpTrainer() {
        this(BPConfig.reference(), 1);
    }

    public BPMlpTrainer(BPConfig config, long seed) {
        super(BPMlpFamily.INSTANCE, config, seed);
    }
}
