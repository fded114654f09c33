package fflab.report;

import com.fasterxml.jackson.databind.JsonNode;
import fflab.run.RunResult;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * One run folder as the report sees it.
 *
 * @param id         the folder's path relative to the experiment folder, e.g. "ff-mlp-seed1"
 * @param note       why the run is not finished (empty when it is)
 * @param config     config.json flattened (see {@link FlatConfig}); empty when it is missing
 * @param result     metrics.json; null unless {@link RunStatus#FINISHED}
 * @param provenance provenance.json; a missing node when absent
 */
public record Run(String id, Path dir, RunStatus status, String note, Map<String, String> config, RunResult result,
        JsonNode provenance) {

    public static final String UNKNOWN = "unknown";

    public boolean finished() {
        return status == RunStatus.FINISHED;
    }

    /** "mnist", "fashion-mnist": config.json writes enum names (MNIST), shown here as the CLI ids. */
    public String dataset() {
        return cliId(config.get("dataset"));
    }

    /** "ff-mlp", "bp-mlp". */
    public String model() {
        return cliId(config.get("model"));
    }

    public ModelFamily family() {
        return ModelFamily.of(model());
    }

    public String seed() {
        return config.getOrDefault("seed", UNKNOWN);
    }

    /** Test accuracy in percent (the report's unit, "points"). */
    public double accuracyPercent() {
        return 100 * result.test().accuracy();
    }

    /**
     * Wall-clock seconds of the whole run from provenance.json, or training plus evaluation time
     * when the provenance is missing; 0 for runs without results.
     */
    public double computeSeconds() {
        JsonNode wall = provenance.path("wallSeconds");
        if (wall.isNumber()) {
            return wall.asDouble();
        }
        return result == null ? 0 : result.trainSeconds() + result.evaluationSeconds();
    }

    /** A provenance.json environment field such as "gitCommit"; empty when absent. */
    public String environment(String field) {
        JsonNode value = provenance.path("environment").path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }

    static String cliId(String raw) {
        return raw == null ? UNKNOWN : raw.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
