package fflab.run;

import fflab.FflabException;
import fflab.cnn.BPCnnConfig;
import fflab.cnn.FFCnnConfig;
import fflab.data.DatasetId;
import fflab.model.BPConfig;
import fflab.model.FFConfig;
import fflab.model.ModelKind;
import fflab.model.tribuo.BPCnnTrainer;
import fflab.model.tribuo.BPMlpTrainer;
import fflab.model.tribuo.FFCnnTrainer;
import fflab.model.tribuo.FFMlpTrainer;
import fflab.model.tribuo.ImageTrainer;

/**
 * Everything that determines one training run's numbers.
 *
 * @param config an {@link FFConfig} for ff-mlp, a {@link BPConfig} for bp-mlp, an {@link FFCnnConfig} for
 *               ff-cnn, a {@link BPCnnConfig} for bp-cnn
 * @param validationSize images held out of the 60,000 training images for model selection
 * @param trainLimit use only this many training images (0: all the rest), for quick runs
 * @param probeTrainSize training images on which accuracy is tracked during training (0: none)
 */
public record RunRequest(ModelKind model, DatasetId dataset, Object config, long seed, int validationSize,
                         int trainLimit, int probeTrainSize) {

    public static final int DEFAULT_PROBE_TRAIN_SIZE = 10_000;

    public RunRequest {
        boolean matches = switch (model) {
            case FF_MLP -> config instanceof FFConfig;
            case BP_MLP -> config instanceof BPConfig;
            case FF_CNN -> config instanceof FFCnnConfig;
            case BP_CNN -> config instanceof BPCnnConfig;
        };
        if (!matches) {
            throw new FflabException("model " + model + " cannot use a " + config.getClass().getSimpleName());
        }
        if (trainLimit < 0 || probeTrainSize < 0) {
            throw new FflabException("train-limit and probe sizes must be >= 0");
        }
    }

    public ImageTrainer trainer() {
        return switch (model) {
            case FF_MLP -> new FFMlpTrainer((FFConfig) config, seed);
            case BP_MLP -> new BPMlpTrainer((BPConfig) config, seed);
            case FF_CNN -> new FFCnnTrainer((FFCnnConfig) config, seed);
            case BP_CNN -> new BPCnnTrainer((BPCnnConfig) config, seed);
        };
    }
}
