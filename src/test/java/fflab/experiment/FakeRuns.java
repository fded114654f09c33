package fflab.experiment;

import fflab.experiment.sweep.RunLog;
import fflab.experiment.sweep.RunTask;
import fflab.io.Json;
import fflab.model.tribuo.TestMetrics;
import fflab.run.RunFiles;
import fflab.run.RunResult;
import fflab.train.TrainingMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A run task that trains nothing: it counts its calls per run and writes a metrics file, and a
 * file per saliency output asked for (counted apart when added to a finished run).
 */
final class FakeRuns implements RunTask {
    final Map<RunId, AtomicInteger> calls = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> saliencyAdded = new ConcurrentHashMap<>();
    private final long sleepMillis;

    FakeRuns(long sleepMillis) {
        this.sleepMillis = sleepMillis;
    }

    static RunResult result(double accuracy) {
        TestMetrics test = new TestMetrics("test", 100, accuracy, accuracy - 0.01, accuracy, accuracy, 1 - accuracy,
                Map.of(), List.of(), List.of(accuracy));
        TestMetrics validation = new TestMetrics("validation", 100, accuracy, accuracy, accuracy, accuracy,
                1 - accuracy, Map.of(), List.of(), List.of());
        return new RunResult(test, validation, 0.5, 0.1);
    }

    @Override
    public Outcome run(PlannedRun run, Path runDir, TrainingMonitor monitor, RunLog log) throws Exception {
        calls.computeIfAbsent(run.id(), k -> new AtomicInteger()).incrementAndGet();
        Thread.sleep(sleepMillis);
        RunResult r = result(0.5 + run.config().seed() / 100.0);
        Json.write(runDir.resolve(RunFiles.METRICS), r);
        List<SaliencyOutcome> outputs = new ArrayList<>();
        for (SaliencyRequest request : run.saliency()) {
            outputs.add(saliency(runDir, request));
        }
        return new Outcome(r, outputs.stream().map(SaliencyOutcome::step).toList(), Map.of("train", 0.5,
                "evaluate", 0.1, "saliency", 0.25 * outputs.size()), outputs);
    }

    @Override
    public SaliencyOutcome addSaliency(PlannedRun run, Path runDir, SaliencyRequest request, RunLog log)
            throws IOException {
        saliencyAdded.computeIfAbsent(request.key(), k -> new AtomicInteger()).incrementAndGet();
        return saliency(runDir, request);
    }

    private static SaliencyOutcome saliency(Path runDir, SaliencyRequest request) throws IOException {
        Files.createDirectories(request.outputDir(runDir));
        Files.writeString(request.outputDir(runDir).resolve("map.csv"), "0\n");
        return new SaliencyOutcome(request, "saliency " + request.key() + ": fake map", 0.25);
    }

    int totalCalls() {
        return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }
}
