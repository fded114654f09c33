package fflab.run;

import fflab.FflabException;
import fflab.data.DatasetId;
import fflab.family.Families;
import fflab.family.Family;
import fflab.model.ModelKind;
import fflab.model.tribuo.ImageTrainer;

/**
 * Everything that determines one training run's numbers.
 *
 * @param config the config record of the model's family ({@code FFConfig} for ff-mlp, ...)
 * @param validationSize images held out of the 60,000 training images for model selection
 * @param trainLimit use only this many training images (0: all the rest), for quick runs
 * @param probeTrainSize training images on which accuracy is tracked during training (0: none)
 */
public record RunRequest(ModelKind model, DatasetId dataset, Object config, long seed, int validationSize,
                         int trainLimit, int probeTrainSize) {

    public static final int DEFAULT_PROBE_TRAIN_SIZE = 10_000;

    public RunRequest {
        Families.get(model).cast(config); // a clear error for another family's config
        if (trainLimit < 0 || probeTrainSize < 0) {
            throw new FflabException("train-limit and probe sizes must be >= 0");
        }
    }

    public ImageTrainer trainer() {
        Family<Record> family = Families.get(model);
        return family.trainer(family.cast(config), seed);
    }
}
