package fflab.experiment;

import fflab.run.RunFiles;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One set of saliency options to compute on a trained model: not part of the run id, so adding a
 * filter size or a larger evaluation set to finished runs reuses their models. Its outputs go to
 * {@code <run>/saliency/<key>/}.
 *
 * @param key a readable name and a hash of the options, e.g. {@code ads-k3_5-raw-zero-test-1a2b3c4d}
 * @param options the resolved {@code saliency:} block of the spec (every option, defaults filled in)
 */
public record SaliencyRequest(String key, Map<String, Object> options) {
    private static final int HASH_DIGITS = 8;

    public SaliencyRequest {
        options = Collections.unmodifiableMap(new TreeMap<>(options));
    }

    /** {@code runDir/saliency/<key>/}. */
    public Path outputDir(Path runDir) {
        return runDir.resolve(RunFiles.SALIENCY_DIR).resolve(key);
    }

    public static SaliencyRequest of(Map<String, Object> block) {
        return new SaliencyRequest(readable(block) + "-" + RunId.sha256Hex(RunConfig.canonical(identity(block)))
                .substring(0, HASH_DIGITS), block);
    }

    /** The options that change the outputs: the subset size only counts for a subset. */
    private static Map<String, Object> identity(Map<String, Object> block) {
        Map<String, Object> id = new TreeMap<>(block);
        if (!"subset".equals(block.get("evaluation"))) {
            id.remove("evaluation_size");
        }
        return id;
    }

    private static String readable(Map<String, Object> block) {
        Object filters = block.get("filters");
        String k = filters instanceof List<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining("_")) : String.valueOf(filters);
        String evaluation = "subset".equals(block.get("evaluation")) ? "subset" + block.get("evaluation_size")
                : String.valueOf(block.getOrDefault("evaluation", "test"));
        return "ads-k" + k + "-" + block.getOrDefault("baseline", "raw-zero") + "-" + evaluation;
    }
}
