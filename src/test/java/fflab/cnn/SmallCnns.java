package fflab.cnn;

import fflab.model.Classifier;
import fflab.data.Split;
import fflab.data.Standardization;
import fflab.model.NegativeMode;
import fflab.model.Schedule;
import fflab.family.bpcnn.BPCnnTrainer;
import fflab.family.ffcnn.FFCnnTrainer;
import fflab.model.tribuo.TribuoImageModel;
import fflab.nn.Goodness;
import fflab.testing.SmallModels;
import fflab.train.TrainingMonitor;
import java.util.List;

/**
 * Small but real CNNs trained once per test JVM on the first {@link #TRAIN_IMAGES} images of
 * {@link SmallModels#mnistSplit()}, shared by the tests that need a trained model.
 */
final class SmallCnns {
    static final int TRAIN_IMAGES = 3_000;

    private static TribuoImageModel ff;
    private static TribuoImageModel bp;

    private SmallCnns() {}

    /** Two layers of 8 and 16 5x5 filters, pooled between: seconds to train. */
    static FFCnnConfig quickFF() {
        return FFCnnConfig.cpu().toBuilder().set(FFCnnConfig::filters, List.of(8, 16)).set(FFCnnConfig::kernel, 5)
                .set(FFCnnConfig::pooling, Pooling.MAX)
                .set(FFCnnConfig::norm, InputNorm.LAYER).set(FFCnnConfig::goodness, Goodness.MEAN)
                .set(FFCnnConfig::theta, 1.0).set(FFCnnConfig::learningRate, 3e-3).set(FFCnnConfig::epochs, 2)
                .set(FFCnnConfig::batchSize, 50)
                .set(FFCnnConfig::schedule, Schedule.SIMULTANEOUS).set(FFCnnConfig::negatives, NegativeMode.WRONG)
                .set(FFCnnConfig::resampleNegatives, true)
                .set(FFCnnConfig::classifier, Classifier.LINEAR).set(FFCnnConfig::readoutEpochs, 10)
                .set(FFCnnConfig::evalEvery, 0).build();
    }

    static BPCnnConfig quickBP() {
        return BPCnnConfig.twinOf(quickFF(), 3e-3, 2, 50).toBuilder().set(BPCnnConfig::evalEvery, 0).build();
    }

    static Split split() {
        return SmallModels.mnistSplit();
    }

    static synchronized TribuoImageModel ff() {
        if (ff == null) {
            ff = new FFCnnTrainer(quickFF(), SmallModels.SEED).trainImages(split().train().head(TRAIN_IMAGES),
                    Standardization.MNIST, SmallModels.provenance(split().train()), TrainingMonitor.NONE);
        }
        return ff;
    }

    static synchronized TribuoImageModel bp() {
        if (bp == null) {
            bp = new BPCnnTrainer(quickBP(), SmallModels.SEED).trainImages(split().train().head(TRAIN_IMAGES),
                    Standardization.MNIST, SmallModels.provenance(split().train()), TrainingMonitor.NONE);
        }
        return bp;
    }
}
