package fflab.data;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the four files of a dataset after checking their SHA-256. Results are cached so that
 * repeated loads (tests, several experiments in one JVM) read and check the files only once.
 */
public final class DatasetLoader {
    /** Each entry holds about 220 MB of native memory, which the garbage collector does not see, so keep few. */
    private static final int CACHE_ENTRIES = 4;

    /** A file as it was when read: a replaced or rewritten file gives a new key. */
    private record FileStamp(Path realPath, long size, FileTime modified) {
    }

    private record CacheKey(DatasetId id, List<FileStamp> files) {
    }

    private static final Map<CacheKey, SoftReference<LoadedDataset>> CACHE =
            new LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<CacheKey, SoftReference<LoadedDataset>> eldest) {
                    return size() > CACHE_ENTRIES;
                }
            };

    private DatasetLoader() {
    }

    /** Loads from the default places, see {@link DataDirectory#resolve(Path)}. */
    public static LoadedDataset load(DatasetId id) {
        return load(id, DataDirectory.resolve(null));
    }

    public static synchronized LoadedDataset load(DatasetId id, DataDirectory dir) {
        Map<DatasetFile, Path> files = new LinkedHashMap<>();
        for (DatasetFile f : DatasetFile.values()) {
            files.put(f, dir.file(id, f.fileName()));  // fail on any missing file before reading
        }
        CacheKey key = new CacheKey(id, stamps(files.values()));
        SoftReference<LoadedDataset> cached = CACHE.get(key);
        LoadedDataset hit = cached == null ? null : cached.get();
        if (hit != null) {
            return hit;
        }
        LoadedDataset loaded = read(id, files);
        CACHE.put(key, new SoftReference<>(loaded));
        return loaded;
    }

    private static LoadedDataset read(DatasetId id, Map<DatasetFile, Path> files) {
        Map<String, String> sha256 = new LinkedHashMap<>();
        for (Path file : files.values()) {
            sha256.put(file.getFileName().toString(), Checksums.verified(id, file));
        }
        ImageSet train = IdxReader.read(files.get(DatasetFile.TRAIN_IMAGES), files.get(DatasetFile.TRAIN_LABELS));
        ImageSet test = IdxReader.read(files.get(DatasetFile.TEST_IMAGES), files.get(DatasetFile.TEST_LABELS));
        Path directory = files.get(DatasetFile.TRAIN_IMAGES).getParent();
        return new LoadedDataset(id, train, test, sha256, directory);
    }

    private static List<FileStamp> stamps(Iterable<Path> files) {
        List<FileStamp> stamps = new ArrayList<>();
        for (Path f : files) {
            try {
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                stamps.add(new FileStamp(f.toRealPath(), a.size(), a.lastModifiedTime()));
            } catch (IOException e) {
                throw new DataException("Cannot read " + f + ": " + e, e);
            }
        }
        return List.copyOf(stamps);
    }

    /** Forgets every cached dataset; for timing a cold load. */
    static synchronized void clearCache() {
        CACHE.clear();
    }
}
