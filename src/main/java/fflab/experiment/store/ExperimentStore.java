package fflab.experiment.store;

import fflab.FflabException;
import fflab.experiment.PlannedRun;
import fflab.experiment.RunId;
import fflab.experiment.SaliencyRequest;
import fflab.experiment.SpecSource;
import fflab.io.AtomicFiles;
import fflab.run.RunFiles;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;

/**
 * The folder of one experiment, {@code results/<experiment>/}: a folder per run named by its id,
 * lock files under {@code .locks/}, worker output under {@code .workers/}, the sweep's
 * {@code runs.csv}, {@code sweep.json} and {@code spec.yaml}. A run is finished exactly when its
 * {@code done.json} exists; each of its saliency outputs, {@code saliency/<key>/}, when that
 * folder's {@code saliency.json} exists.
 */
public final class ExperimentStore {
    public static final String RUNS_CSV = "runs.csv";
    public static final String SWEEP_JSON = "sweep.json";
    /** The exact text of the spec the latest sweep ran; every text ever run is also kept under {@link #SPECS}. */
    public static final String SPEC_YAML = "spec.yaml";
    /** One copy per distinct spec text, named by its hash, so that each run's run.json points at its own. */
    public static final String SPECS = "specs";
    private static final String LOCKS = ".locks";
    private static final String WORKERS = ".workers";

    private final Path dir;

    public ExperimentStore(Path dir) {
        this.dir = dir;
    }

    public static ExperimentStore of(Path resultsRoot, String experiment) {
        return new ExperimentStore(resultsRoot.resolve(experiment));
    }

    public Path dir() {
        return dir;
    }

    public Path runDir(RunId id) {
        return dir.resolve(id.value());
    }

    public Path file(RunId id, String name) {
        return runDir(id).resolve(name);
    }

    public RunState state(RunId id) {
        if (Files.exists(file(id, RunFiles.DONE))) {
            return RunState.DONE;
        }
        if (Files.exists(file(id, RunFiles.FAILED))) {
            return RunState.FAILED;
        }
        return Files.isDirectory(runDir(id)) ? RunState.UNFINISHED : RunState.ABSENT;
    }

    public boolean isDone(RunId id) {
        return state(id) == RunState.DONE;
    }

    /**
     * Saves the spec text as {@value #SPEC_YAML} and as {@code specs/<hash>.yaml}.
     *
     * @return the copy's path relative to a run folder, e.g. {@code ../specs/0123456789ab.yaml}
     */
    public String saveSpec(SpecSource source) {
        Path copy = dir.resolve(SPECS).resolve(source.copyName());
        if (!Files.isRegularFile(copy)) {
            AtomicFiles.writeString(copy, source.text());
        }
        AtomicFiles.writeString(dir.resolve(SPEC_YAML), source.text());
        return "../" + SPECS + "/" + source.copyName();
    }

    /** Where one set of saliency outputs of a run goes: {@code <run>/saliency/<key>/}. */
    public Path saliencyDir(RunId id, String key) {
        return runDir(id).resolve(RunFiles.SALIENCY_DIR).resolve(key); // as SaliencyRequest.outputDir
    }

    /** True when the outputs of {@code key} are complete (their saliency.json is written). */
    public boolean hasSaliency(RunId id, String key) {
        return Files.isRegularFile(saliencyDir(id, key).resolve(SaliencyRecord.FILE));
    }

    /** The requests of {@code run} whose outputs are not complete, in order. */
    public List<SaliencyRequest> missingSaliency(PlannedRun run) {
        return run.saliency().stream().filter(r -> !hasSaliency(run.id(), r.key())).toList();
    }

    /**
     * True when a sweep has something to do for {@code run}: train it, adopt or finish moving an
     * old folder of it, or compute saliency outputs it lacks. A finished run needing none is skipped.
     */
    public boolean needsWork(PlannedRun run) {
        return !isDone(run.id()) || LegacyRuns.needsMigration(this, run.id()) || !missingSaliency(run).isEmpty();
    }

    /** An empty folder for the outputs of {@code key}; what an interrupted attempt left is deleted. Hold the lock. */
    public Path resetSaliencyDir(RunId id, String key) {
        return emptied(saliencyDir(id, key), "saliency folder");
    }

    /** The run's lock, or empty when another sweep is running it now. */
    public Optional<RunLock> tryLock(RunId id) {
        return RunLock.tryAcquire(dir.resolve(LOCKS).resolve(id.value() + ".lock"));
    }

    /** Where a worker process's own output goes (outside the run folder, which the worker clears). */
    public Path workerLog(RunId id) {
        return dir.resolve(WORKERS).resolve(id.value() + ".log");
    }

    /** An empty run folder: whatever an interrupted or failed attempt left is deleted. Hold the run's lock. */
    public Path resetRunDir(RunId id) {
        return emptied(runDir(id), "run folder");
    }

    private static Path emptied(Path folder, String what) {
        try {
            if (Files.exists(folder)) {
                deleteTree(folder);
            }
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new FflabException("cannot clear " + what + " " + folder + ": " + e.getMessage(), e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
