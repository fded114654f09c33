package fflab.run;

import fflab.FflabException;
import fflab.data.DatasetId;
import fflab.model.BPConfig;
import fflab.model.FFConfig;
import fflab.model.ModelKind;
import fflab.model.tribuo.BPMlpTrainer;
import fflab.model.tribuo.FFMlpTrainer;
import fflab.model.tribuo.ImageTrainer;

/**
 * Everything that determines one training run's numbers.
 *
 * @param config an {@link FFConfig} for ff-mlp, a {@link BPConfig} for bp-mlp
 * @param validationSize images held out of the 60,000 training images for model selection
 * @param trainLimit use only this many training images (0: all the rest), for quick runs
 * @param probeTrainSize training images on which accuracy is tracked during training (0: none)
 */
public record RunRequest(ModelKind model, DatasetId dataset, Object config, long seed, int validationSize,
                         int trainLimit, int probeTrainSize) {

    public static final int DEFAULT_PROBE_TRAIN_SIZE = 10_000;

    public RunRequest {
        boolean matches = model == ModelKind.FF_MLP ? config instanceof FFConfig : config instanceof BPConfig;
        if (!matches) {
            throw new FflabException("model " + model + " cannot use a " + config.getClass().getSimpleName());
        }
        if (trainLimit < 0 || probeTrainSize < 0) {
            throw new FflabException("train-limit and probe sizes must be >= 0");
        }
    }

    public ImageTrainer trainer() {
        return model == ModelKind.FF_MLP
                ? new FFMlpTrainer((FFConfig) config, seed)
                : new BPMlpTrainer((BPConfig) config, seed);
    }
}
