package fflab.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The places searched for dataset files, in order: an explicit folder (--data-dir), the
 * FFLAB_DATA environment variable, ../shared/datasets and ./data, the last two relative to the
 * working directory. Each place holds one sub-folder per dataset, e.g. {@code <place>/mnist/}.
 */
public final class DataDirectory {
    public static final String ENV_VARIABLE = "FFLAB_DATA";
    public static final String DEFAULT_FETCH_DIR = "./data";

    /** One place searched, with why it is searched. */
    public record Place(Path directory, String origin) {
    }

    private final List<Place> places;

    private DataDirectory(List<Place> places) {
        this.places = List.copyOf(places);
    }

    public static DataDirectory resolve(Path explicitOrNull) {
        return resolve(explicitOrNull, System.getenv(), Path.of("").toAbsolutePath());
    }

    public static DataDirectory resolve(Path explicitOrNull, Map<String, String> env, Path workingDir) {
        Path cwd = workingDir.toAbsolutePath();
        List<Place> places = new ArrayList<>();
        if (explicitOrNull != null) {
            places.add(new Place(absolute(cwd, explicitOrNull), "--data-dir"));
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            places.add(new Place(absolute(cwd, Path.of(fromEnv.trim())), ENV_VARIABLE));
        }
        places.add(new Place(absolute(cwd, Path.of("..", "shared", "datasets")), "../shared/datasets"));
        places.add(new Place(absolute(cwd, Path.of(DEFAULT_FETCH_DIR)), DEFAULT_FETCH_DIR));
        return new DataDirectory(places);
    }

    private static Path absolute(Path cwd, Path p) {
        return cwd.resolve(p).normalize();
    }

    /** The folders looked in, in order. */
    public List<Path> candidates() {
        return places.stream().map(Place::directory).toList();
    }

    /** The folders looked in, in order, with where each comes from. */
    public List<Place> places() {
        return places;
    }

    /** {@code <place>/<dataset-id>/<fileName>} in the first place that has it. */
    public Optional<Path> find(DatasetId id, String fileName) {
        return places.stream()
                .map(p -> p.directory().resolve(id.id()).resolve(fileName))
                .filter(Files::isRegularFile)
                .findFirst();
    }

    /** Like {@link #find}, but a missing file is an error that lists every place looked and how to fetch. */
    public Path file(DatasetId id, String fileName) {
        return find(id, fileName).orElseThrow(() -> new DataException(missingMessage(id, fileName)));
    }

    private String missingMessage(DatasetId id, String fileName) {
        StringBuilder m = new StringBuilder("Cannot find " + id.id() + "/" + fileName + ". Looked in:");
        for (Place p : places) {
            m.append("\n  ").append(p.directory().resolve(id.id()).resolve(fileName))
                    .append("  (").append(p.origin()).append(')');
        }
        m.append("\nDownload it with: ").append(fetchCommand(id))
                .append("\nor point --data-dir or ").append(ENV_VARIABLE)
                .append(" at a folder that holds ").append(id.id()).append("/.");
        return m.toString();
    }

    /** The command that downloads a dataset into the default place. */
    public static String fetchCommand(DatasetId id) {
        return "fflab data fetch --dataset " + id.id() + " --data-dir " + DEFAULT_FETCH_DIR;
    }
}
