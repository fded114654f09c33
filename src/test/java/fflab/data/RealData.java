package fflab.data;

import java.nio.file.Path;

/** The real dataset files, found the way users find them. */
final class RealData {
    private RealData() {
    }

    static DataDirectory dir() {
        return DataDirectory.resolve(null);
    }

    static Path file(DatasetId id, DatasetFile f) {
        return dir().file(id, f.fileName());
    }

    /** The folder holding the dataset folders, e.g. the parent of mnist/. */
    static Path root(DatasetId id) {
        return file(id, DatasetFile.TRAIN_LABELS).getParent().getParent();
    }

    static LoadedDataset mnist() {
        return DatasetLoader.load(DatasetId.MNIST, dir());
    }

    static LoadedDataset fashion() {
        return DatasetLoader.load(DatasetId.FASHION_MNIST, dir());
    }
}
