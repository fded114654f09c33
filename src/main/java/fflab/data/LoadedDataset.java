package fflab.data;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A dataset as read from disk: the full training and test sets, the SHA-256 of each file read
 * (file name to hex, for provenance) and the dataset folder they came from.
 * Instances are cached and shared by {@link DatasetLoader}: never modify their arrays in place.
 */
public record LoadedDataset(DatasetId id, ImageSet train, ImageSet test, Map<String, String> sha256, Path directory) {
    public LoadedDataset {
        sha256 = Collections.unmodifiableMap(new LinkedHashMap<>(sha256));  // keeps the file order
    }
}
