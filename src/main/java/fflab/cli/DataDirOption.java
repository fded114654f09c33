package fflab.cli;

import fflab.data.DataDirectory;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option of the commands that read a dataset, and the folders it leads to. */
final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR", description = "Look here first for <dataset>/ with the IDX files, "
            + "before $" + DataDirectory.ENV_VARIABLE + ", ../shared/datasets and ./data.")
    Path path;

    DataDirectory resolve() {
        return DataDirectory.resolve(path);
    }
}
