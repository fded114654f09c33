package fflab.family.ffmlp;

import fflab.family.Families;
import fflab.family.FamilyTrainer;
import fflab.model.FFConfig;
import fflab.model.ModelKind;

/** The Forward-Forward MLP as a Tribuo trainer. */
public final class FFMlpTrainer extends FamilyTrainer<FFConfig> {
    /** For Tribuo's configuration system: the reference config. */
    public FFMlpTrainer() {
        this(FFConfig.reference(), 1);
    }

    public FFMlpTrainer(FFConfig config, long seed) {
        super(Families.get(ModelKind.FF_MLP), config, seed);
    }
}
