package fflab.cli;

import fflab.data.DataDirectory;
import fflab.data.DatasetId;
import fflab.data.DatasetLoader;
import fflab.data.LoadedDataset;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --dataset} (one id, default mnist) and {@code --data-dir}: the dataset train and cam read. */
final class DatasetSource {
    @Option(names = "--dataset", defaultValue = "mnist", converter = ParsedValue.Dataset.class,
            description = "mnist or fashion-mnist (default: ${DEFAULT-VALUE}).")
    DatasetId dataset;

    @Mixin
    DataDirOption dataDir;

    DataDirectory directory() {
        return dataDir.resolve();
    }

    LoadedDataset load() {
        return DatasetLoader.load(dataset, directory());
    }
}
