package fflab.experiment.store;

import fflab.experiment.PlannedRun;
import fflab.experiment.RunConfig;
import fflab.experiment.Sweep;
import fflab.io.Csv;
import fflab.io.Json;
import fflab.run.RunFiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code runs.csv}: one row per run of the sweep, built from what is on disk (so that two sweeps
 * writing it at once both write the truth): config columns, then status and metric columns.
 * Options a model does not have are empty cells; lists are written as {@code [500,500]}. The
 * {@code saliency} column lists the keys of the run's saliency outputs ({@code saliency/<key>/}),
 * a key ending in {@code *} while its output is not complete.
 */
public final class RunsTable {
    private static final List<String> METRICS = List.of("test_accuracy", "test_macro_f1", "validation_accuracy");

    private RunsTable() {}

    public static void write(ExperimentStore store, Sweep sweep) {
        Set<String> options = new LinkedHashSet<>();
        boolean saliency = false;
        int layers = 0;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PlannedRun run : sweep.runs()) {
            options.addAll(run.config().options().keySet());
            saliency |= !run.saliency().isEmpty();
            Map<String, Object> row = row(store, run, sweep.spec().name());
            layers = Math.max(layers, (Integer) row.remove("#layers"));
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of("run_id", "status", "experiment", "model", "dataset", "seed",
                "validation_size", "train_limit", "probe_train_size"));
        header.addAll(options);
        if (saliency) {
            header.add("saliency");
        }
        header.addAll(METRICS);
        for (int k = 1; k <= layers; k++) {
            header.add("layer_" + k + "_accuracy");
        }
        header.addAll(List.of("train_seconds", "evaluation_seconds", "wall_seconds", "compute_seconds", "error"));
        List<List<?>> cells = rows.stream().map(r -> header.stream().map(r::get).toList()).collect(
                Collectors.toList());
        Csv.write(store.dir().resolve(ExperimentStore.RUNS_CSV), header, cells);
    }

    private static Map<String, Object> row(ExperimentStore store, PlannedRun run, String experiment) {
        RunConfig c = run.config();
        RunState state = store.state(run.id());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("run_id", run.id().value());
        row.put("status", state.id());
        row.put("experiment", experiment);
        row.put("model", c.model());
        row.put("dataset", c.dataset());
        row.put("seed", c.seed());
        c.data().forEach((k, v) -> row.put(k, cell(v)));
        c.options().forEach((k, v) -> row.put(k, cell(v)));
        if (!run.saliency().isEmpty()) { // the outputs asked for, each key with "*" until it is complete
            row.put("saliency", run.saliency().stream()
                    .map(r -> r.key() + (store.hasSaliency(run.id(), r.key()) ? "" : "*"))
                    .collect(Collectors.joining(" ")));
        }
        int layers = 0;
        if (state == RunState.DONE) {
            DoneMarker done = Json.read(store.file(run.id(), RunFiles.DONE), DoneMarker.class);
            row.put("test_accuracy", done.testAccuracy());
            row.put("test_macro_f1", done.testMacroF1());
            row.put("validation_accuracy", done.validationAccuracy());
            for (int k = 0; k < done.layerAccuracy().size(); k++) {
                row.put("layer_" + (k + 1) + "_accuracy", done.layerAccuracy().get(k));
            }
            layers = done.layerAccuracy().size();
            row.put("train_seconds", done.trainSeconds());
            row.put("evaluation_seconds", done.evaluationSeconds());
            row.put("wall_seconds", done.wallSeconds());
            row.put("compute_seconds", done.totalSeconds()); // every step, saliency outputs added later included
        } else if (state == RunState.FAILED) {
            FailureRecord failed = Json.read(store.file(run.id(), RunFiles.FAILED), FailureRecord.class);
            row.put("wall_seconds", failed.wallSeconds());
            row.put("error", failed.type() + ": " + failed.message());
        }
        row.put("#layers", layers);
        return row;
    }

    private static Object cell(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
        }
        return value;
    }
}
