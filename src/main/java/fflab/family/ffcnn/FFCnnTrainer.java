package fflab.family.ffcnn;

import fflab.cnn.FFCnnConfig;
import fflab.family.Families;
import fflab.family.FamilyTrainer;
import fflab.model.ModelKind;

/** The Forward-Forward CNN as a Tribuo trainer. */
public final class FFCnnTrainer extends FamilyTrainer<FFCnnConfig> {
    /** For Tribuo's configuration system: the CPU-scale config. */
    public FFCnnTrainer() {
        this(FFCnnConfig.cpu(), 1);
    }

    public FFCnnTrainer(FFCnnConfig config, long seed) {
        super(Families.get(ModelKind.FF_CNN), config, seed);
    }
}
