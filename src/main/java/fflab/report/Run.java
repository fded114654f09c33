package fflab.report;

import com.fasterxml.jackson.databind.JsonNode;
import fflab.run.RunFiles;
import fflab.run.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
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
 * @param done       done.json of a sweep run (its {@code stepSeconds} and {@code finishedAt}); a
 *                   missing node when absent
 */
public record Run(String id, Path dir, RunStatus status, String note, Map<String, String> config, RunResult result,
        JsonNode provenance, JsonNode done) {

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

    public TrainingMethod method() {
        return TrainingMethod.of(model());
    }

    public String seed() {
        return config.getOrDefault("seed", UNKNOWN);
    }

    /** Test accuracy in percent (the report's unit, "points"). */
    public double accuracyPercent() {
        return 100 * result.test().accuracy();
    }

    /**
     * Seconds of every step of the run: the sum of done.json's {@code stepSeconds} (train,
     * evaluate, saliency, cam, ...) when it has them, else done.json's wall clock (the whole
     * attempt), else provenance.json's, else training plus evaluation time; 0 for runs without
     * any of these.
     */
    public double computeSeconds() {
        JsonNode steps = done.path("stepSeconds");
        if (steps.isObject() && steps.size() > 0) {
            double sum = 0;
            for (JsonNode v : steps) {
                sum += v.isNumber() ? v.asDouble() : 0;
            }
            return sum;
        }
        for (JsonNode wall : List.of(done.path("wallSeconds"), provenance.path("wallSeconds"))) {
            if (wall.isNumber()) {
                return wall.asDouble();
            }
        }
        return result == null ? 0 : result.trainSeconds() + result.evaluationSeconds();
    }

    /** Where {@link #computeSeconds()} comes from, for the report's totals. */
    public String computeSource() {
        if (done.path("stepSeconds").isObject() && done.path("stepSeconds").size() > 0) {
            return "steps";
        }
        if (done.path("wallSeconds").isNumber()) {
            return "done.json wall clock";
        }
        return provenance.path("wallSeconds").isNumber() ? "provenance.json wall clock"
                : result == null ? "none" : "training + evaluation";
    }

    /**
     * When the run finished: done.json's {@code finishedAt}, else when metrics.json (else the
     * folder) was last written. Decides which of two trainings of one config and seed is newer.
     */
    public Instant finishedAt() {
        JsonNode at = done.path("finishedAt");
        if (at.isTextual()) {
            try {
                return Instant.parse(at.asText());
            } catch (DateTimeParseException e) {
                // fall through to the file times
            }
        }
        for (Path p : List.of(dir.resolve(RunFiles.METRICS), dir)) {
            try {
                return Files.getLastModifiedTime(p).toInstant();
            } catch (IOException e) {
                // try the next
            }
        }
        return Instant.EPOCH;
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
