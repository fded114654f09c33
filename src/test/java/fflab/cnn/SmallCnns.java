package fflab.cnn;

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
        return FFCnnConfig.cpu().toBuilder().filters(List.of(8, 16)).kernel(5).pooling(Pooling.MAX)
                .norm(InputNorm.LAYER).goodness(Goodness.MEAN).theta(1.0).learningRate(3e-3).epochs(2).batchSize(50)
                .schedule(Schedule.SIMULTANEOUS).negatives(NegativeMode.WRONG).resampleNegatives(true)
                .classifier(Classifier.LINEAR).readoutEpochs(10).evalEvery(0).build();
    }

    static BPCnnConfig quickBP() {
        return BPCnnConfig.twinOf(quickFF(), 3e-3, 2, 50).withEvalEvery(0);
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
