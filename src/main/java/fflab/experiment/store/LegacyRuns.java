package fflab.experiment.store;

import fflab.FflabException;
import fflab.experiment.PlannedRun;
import fflab.experiment.RunConfig;
import fflab.experiment.RunId;
import fflab.experiment.SaliencyRequest;
import fflab.io.Json;
import fflab.run.RunFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finished run folders from before issue 19, whose ids hashed the saliency options too and whose
 * saliency outputs lay directly in {@code saliency/}. A sweep adopts such a folder instead of
 * retraining: it renames it to the new id (one atomic move), then moves the outputs into
 * {@code saliency/<key>/} and rewrites {@code run.json} last. Every step can be interrupted:
 * the next sweep finds where it stopped ({@link #needsMigration}) and goes on.
 */
public final class LegacyRuns {
    /** Where the old {@code saliency/} waits while its new parent folder is made. */
    static final String MOVING = ".saliency-moving";

    private LegacyRuns() {}

    /** A finished old-id folder whose training config is {@code run}'s, or empty. */
    public static Optional<RunId> adoptable(ExperimentStore store, PlannedRun run) {
        for (RunId legacy : run.legacyIds()) {
            if (store.isDone(legacy) && Files.isRegularFile(store.file(legacy, RunFiles.RUN))) {
                RunConfig config = Json.read(store.file(legacy, RunFiles.RUN), RunRecord.class).config();
                // compared by hash: numbers read back from JSON are Integers where the plan has Longs
                if (config != null && RunId.of(config).equals(run.id())) {
                    return Optional.of(legacy);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Renames the finished folder {@code legacy} to {@code id} and moves its outputs into the new
     * layout. Hold both runs' locks; whatever an unfinished attempt left under {@code id} is deleted.
     */
    public static void adopt(ExperimentStore store, RunId legacy, RunId id) {
        Path target = store.runDir(id);
        try {
            if (Files.exists(target)) {
                ExperimentStore.deleteTree(target);
            }
            Files.move(store.runDir(legacy), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new FflabException("cannot adopt run folder " + store.runDir(legacy) + " as " + target + ": "
                    + e.getMessage(), e);
        }
        migrate(store, id);
    }

    /** True when the folder of {@code id} is finished but not yet in the new layout. */
    public static boolean needsMigration(ExperimentStore store, RunId id) {
        Path run = store.file(id, RunFiles.RUN);
        if (!store.isDone(id) || !Files.isRegularFile(run)) {
            return false;
        }
        RunRecord record = Json.read(run, RunRecord.class);
        return record.config() != null && record.config().saliency() != null || !id.value().equals(record.id());
    }

    /** Moves an old layout's saliency outputs into {@code saliency/<key>/}, then rewrites run.json and done.json. */
    public static void migrate(ExperimentStore store, RunId id) {
        if (!needsMigration(store, id)) {
            return;
        }
        Path dir = store.runDir(id);
        RunRecord record = Json.read(dir.resolve(RunFiles.RUN), RunRecord.class);
        DoneMarker done = Json.read(dir.resolve(RunFiles.DONE), DoneMarker.class);
        Map<String, Double> seconds = new LinkedHashMap<>(done.stepSeconds());
        Map<String, Object> saliency = record.config().saliency();
        try {
            if (saliency != null) {
                String key = SaliencyRequest.of(saliency).key();
                // what training and evaluation did not take was the saliency step
                double saliencySeconds = Math.max(0, done.wallSeconds() - done.trainSeconds()
                        - done.evaluationSeconds());
                moveOutputs(dir, key);
                Path keyDir = store.saliencyDir(id, key);
                if (Files.isDirectory(keyDir) && !store.hasSaliency(id, key)) {
                    String step = "saliency " + key + ": adopted from run " + record.id();
                    Json.write(keyDir.resolve(SaliencyRecord.FILE), SaliencyRecord.of(key, saliency, step,
                            saliencySeconds, keyDir, record.id()));
                }
                seconds.putIfAbsent(DoneMarker.SALIENCY_STEP, saliencySeconds);
            }
            Json.write(dir.resolve(RunFiles.DONE), done.withId(id.value(), seconds));
            // last: run.json without saliency options marks the folder as moved
            Json.write(dir.resolve(RunFiles.RUN), record.id().equals(id.value()) ? record : record.adoptedAs(
                    id.value()));
        } catch (IOException e) {
            throw new FflabException("cannot move the saliency outputs of " + dir + " into the new layout: "
                    + e.getMessage(), e);
        }
    }

    /** saliency/ -> .saliency-moving -> saliency/<key>/, resumable at each step. */
    private static void moveOutputs(Path dir, String key) throws IOException {
        Path saliency = dir.resolve(RunFiles.SALIENCY_DIR);
        Path moving = dir.resolve(MOVING);
        Path keyDir = saliency.resolve(key);
        if (!Files.exists(moving) && Files.isDirectory(saliency) && !Files.isDirectory(keyDir)) {
            Files.move(saliency, moving, StandardCopyOption.ATOMIC_MOVE);
        }
        if (Files.exists(moving)) {
            Files.createDirectories(saliency);
            Files.move(moving, keyDir, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
