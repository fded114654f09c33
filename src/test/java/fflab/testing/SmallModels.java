package fflab.testing;

import fflab.data.DatasetId;
import fflab.data.DatasetLoader;
import fflab.data.ImageSet;
import fflab.data.LoadedDataset;
import fflab.data.Split;
import fflab.data.Splitter;
import fflab.data.Standardization;
import fflab.model.BPConfig;
import fflab.model.FFConfig;
import fflab.model.NegativeMode;
import fflab.model.Schedule;
import fflab.family.bpmlp.BPMlpTrainer;
import fflab.family.ffmlp.FFMlpTrainer;
import fflab.model.tribuo.ImageDataProvenance;
import fflab.model.tribuo.TribuoImageModel;
import fflab.train.TrainingMonitor;
import java.util.List;
import java.util.Map;

/**
 * Small but real models trained once per test JVM on 10,000 MNIST images and shared by the
 * tests that need a trained model (training dominates the suite's time).
 */
public final class SmallModels {
    public static final int TRAIN_IMAGES = 10_000;
    public static final long SEED = 1;

    private static TribuoImageModel ff;
    private static TribuoImageModel bp;
    private static Split split;

    private SmallModels() {}

    /** Mini-batch simultaneous FF, 3 epochs: learns in seconds, unlike the full-batch reference. */
    public static FFConfig quickFF() {
        return FFConfig.reference().toBuilder().set(FFConfig::schedule, Schedule.SIMULTANEOUS)
                .set(FFConfig::batchSize, 100).set(FFConfig::epochs, 3)
                .set(FFConfig::negatives, NegativeMode.WRONG).set(FFConfig::resampleNegatives, true)
                .set(FFConfig::evalEvery, 0).build();
    }

    public static BPConfig quickBP() {
        return BPConfig.reference().toBuilder().set(BPConfig::epochs, 2).set(BPConfig::evalEvery, 0).build();
    }

    public static synchronized Split mnistSplit() {
        if (split == null) {
            LoadedDataset data = DatasetLoader.load(DatasetId.MNIST);
            split = Splitter.split(data, Splitter.DEFAULT_VALIDATION_SIZE, SEED, TRAIN_IMAGES);
        }
        return split;
    }

    public static synchronized TribuoImageModel ff() {
        if (ff == null) {
            ff = new FFMlpTrainer(quickFF(), SEED).trainImages(mnistSplit().train(), Standardization.MNIST,
                    provenance(mnistSplit().train()), TrainingMonitor.NONE);
        }
        return ff;
    }

    public static synchronized TribuoImageModel bp() {
        if (bp == null) {
            bp = new BPMlpTrainer(quickBP(), SEED).trainImages(mnistSplit().train(), Standardization.MNIST,
                    provenance(mnistSplit().train()), TrainingMonitor.NONE);
        }
        return bp;
    }

    public static ImageDataProvenance provenance(ImageSet set) {
        return new ImageDataProvenance("mnist", "train", set.size(), SEED, Map.of());
    }

    public static List<Integer> widths(FFConfig c) {
        return c.hiddenSizes();
    }
}
