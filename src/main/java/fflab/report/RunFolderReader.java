package fflab.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.MissingNode;
import fflab.io.Json;
import fflab.run.RunFiles;
import fflab.run.RunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads a run folder without the code that wrote it: config.json, metrics.json and
 * provenance.json, plus the markers a sweep runner may leave (done.json, failure markers). Anything unreadable makes the run
 * failed or incomplete with a note, never an exception, so one broken folder cannot stop a report.
 */
public final class RunFolderReader {
    /** Names a sweep runner may use to mark a failed run. */
    static final List<String> FAILURE_MARKERS = List.of("failed.json", "FAILED", "failed");
    /** Fields of a JSON failure marker that may hold the reason. */
    private static final List<String> REASON_FIELDS = List.of("error", "message", "reason", "exception");
    private static final int MAX_NOTE = 300;

    // newer writers may add fields; the report needs only the ones it knows
    private static final ObjectReader METRICS = Json.mapper().readerFor(RunResult.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private RunFolderReader() {
    }

    /** Whether {@code dir} looks like a run folder: it has a config, metrics or a failure marker. */
    public static boolean isRunFolder(Path dir) {
        return Files.isRegularFile(dir.resolve(RunFiles.CONFIG)) || Files.isRegularFile(dir.resolve(RunFiles.METRICS))
                || FAILURE_MARKERS.stream().anyMatch(m -> Files.isRegularFile(dir.resolve(m)));
    }

    public static Run read(Path experimentDir, Path runDir) {
        String id = experimentDir.equals(runDir) ? runDir.getFileName().toString()
                : experimentDir.relativize(runDir).toString();
        Map<String, String> config = Map.of();
        JsonNode provenance = MissingNode.getInstance();
        try {
            if (Files.isRegularFile(runDir.resolve(RunFiles.CONFIG))) {
                config = FlatConfig.flatten(Json.readTree(runDir.resolve(RunFiles.CONFIG)));
            }
            if (Files.isRegularFile(runDir.resolve(RunFiles.PROVENANCE))) {
                provenance = Json.readTree(runDir.resolve(RunFiles.PROVENANCE));
            }
        } catch (RuntimeException e) {
            return run(id, runDir, RunStatus.FAILED, shorten(e.getMessage()), config, null, provenance);
        }
        String failure = failureReason(runDir);
        if (failure != null) {
            return run(id, runDir, RunStatus.FAILED, failure, config, null, provenance);
        }
        Path metrics = runDir.resolve(RunFiles.METRICS);
        if (!Files.isRegularFile(metrics)) {
            return run(id, runDir, RunStatus.INCOMPLETE, "no " + RunFiles.METRICS + " (still running, stopped or "
                    + "never started)", config, null, provenance);
        }
        try {
            RunResult result = METRICS.readValue(metrics.toFile());
            if (result == null || result.test() == null) {
                return run(id, runDir, RunStatus.FAILED, RunFiles.METRICS + " has no test metrics", config, null,
                        provenance);
            }
            return run(id, runDir, RunStatus.FINISHED, "", config, result, provenance);
        } catch (IOException e) {
            return run(id, runDir, RunStatus.FAILED, shorten(RunFiles.METRICS + " unreadable: " + e.getMessage()),
                    config, null, provenance);
        }
    }

    private static Run run(String id, Path runDir, RunStatus status, String note, Map<String, String> config,
            RunResult result, JsonNode provenance) {
        return new Run(id, runDir, status, note, config, result, provenance, done(runDir));
    }

    /** done.json, which a sweep writes last; a missing node when absent or unreadable. */
    private static JsonNode done(Path runDir) {
        Path file = runDir.resolve(RunFiles.DONE);
        try {
            return Files.isRegularFile(file) ? Json.readTree(file) : MissingNode.getInstance();
        } catch (RuntimeException e) {
            return MissingNode.getInstance();
        }
    }

    /** The failure marker's reason, "failed" when it gives none, or null without a marker. */
    private static String failureReason(Path runDir) {
        for (String marker : FAILURE_MARKERS) {
            Path file = runDir.resolve(marker);
            if (Files.isRegularFile(file)) {
                return shorten("marked failed (" + marker + ")" + reason(file));
            }
        }
        return null;
    }

    private static String reason(Path marker) {
        try {
            String text = Files.readString(marker, StandardCharsets.UTF_8).strip();
            if (text.startsWith("{")) {
                JsonNode node = Json.mapper().readTree(text);
                for (String field : REASON_FIELDS) {
                    if (node.path(field).isValueNode()) {
                        return ": " + node.path(field).asText();
                    }
                }
            }
            return text.isEmpty() ? "" : ": " + text.lines().findFirst().orElse("");
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String shorten(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() <= MAX_NOTE ? t : t.substring(0, MAX_NOTE) + "...";
    }
}
