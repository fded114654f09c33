package fflab.experiment.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code saliency.json}, written last into {@code <run>/saliency/<key>/}: the options the outputs
 * were computed with and the files they are. A key folder without it is unfinished and is redone.
 *
 * @param options the resolved {@code saliency:} block of the spec
 * @param step the line for done.json's steps, e.g. "saliency ads-k3-...: 1 map (test)"
 * @param seconds how long computing them took (for adopted folders: the old run's time not spent
 *                training or evaluating)
 * @param files every output file, relative to the key folder, in path order
 * @param adoptedFrom the old run id whose outputs these are (folders from before issue 19), else null
 */
public record SaliencyRecord(String key, Map<String, Object> options, String step, double seconds,
                             List<String> files, String finishedAt, String adoptedFrom) {
    public static final String FILE = "saliency.json";

    public static SaliencyRecord of(String key, Map<String, Object> options, String step, double seconds, Path dir,
                                    String adoptedFrom) {
        return new SaliencyRecord(key, options, step, seconds, files(dir), Instant.now().toString(), adoptedFrom);
    }

    private static List<String> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.equals(FILE)).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
