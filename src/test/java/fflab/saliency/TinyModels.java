package fflab.saliency;

import fflab.data.DataDirectory;
import fflab.data.DatasetId;
import fflab.data.DatasetLoader;
import fflab.data.ImageSet;
import fflab.data.LoadedDataset;
import fflab.data.Standardization;
import fflab.model.BPConfig;
import fflab.model.BPTrainer;
import fflab.model.FFConfig;
import fflab.model.FFNetwork;
import fflab.model.FFTrainer;
import fflab.model.ImageClassifier;
import fflab.model.ModelKind;
import fflab.model.Schedule;
import fflab.train.TrainingMonitor;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Small models really trained on the first 2,000 MNIST training images (a few seconds each),
 * shared by the saliency tests: FF 784-200-200 (simultaneous mini-batch, 15 epochs of 20 steps) and BP
 * 784-100-10 (2 epochs).
 */
final class TinyModels {
    private static final int TRAIN_IMAGES = 2000;
    private static ImageClassifier ff;
    private static ImageClassifier bp;

    private TinyModels() {}

    static LoadedDataset mnist() {
        return DatasetLoader.load(DatasetId.MNIST, DataDirectory.resolve(null));
    }

    static ImageSet train() {
        return mnist().train().head(TRAIN_IMAGES);
    }

    /** The first n test images. */
    static ImageSet test(int n) {
        return mnist().test().head(n);
    }

    static synchronized ImageClassifier ff() {
        if (ff == null) {
            FFConfig config = FFConfig.reference().toBuilder().set(FFConfig::hiddenSizes, List.of(200, 200))
                    .set(FFConfig::epochs, 15).set(FFConfig::batchSize, 100)
                    .set(FFConfig::schedule, Schedule.SIMULTANEOUS).set(FFConfig::resampleNegatives, true).build();
            ImageSet train = train();
            INDArray x = Standardization.MNIST.apply(train.images());
            FFNetwork net = new FFTrainer(config, 1).train(x, train.labels(), ImageSet.CLASSES, TrainingMonitor.NONE);
            ff = new ImageClassifier(ModelKind.FF_MLP, config, net, Standardization.MNIST, ImageSet.CLASSES, 28, 28);
        }
        return ff;
    }

    static synchronized ImageClassifier bp() {
        if (bp == null) {
            BPConfig config = BPConfig.reference().toBuilder().set(BPConfig::hiddenSizes, List.of(100))
                    .set(BPConfig::epochs, 2).build();
            ImageSet train = train();
            INDArray x = Standardization.MNIST.apply(train.images());
            bp = new ImageClassifier(ModelKind.BP_MLP, config,
                    new BPTrainer(config, 1).train(x, train.labels(), ImageSet.CLASSES, TrainingMonitor.NONE),
                    Standardization.MNIST, ImageSet.CLASSES, 28, 28);
        }
        return bp;
    }
}
