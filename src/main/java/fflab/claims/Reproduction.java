package fflab.claims;

import fflab.FflabException;
import fflab.cnn.CamFigures;
import fflab.data.DataDirectory;
import fflab.data.DatasetId;
import fflab.data.DatasetLoader;
import fflab.data.ImageSet;
import fflab.experiment.Experiments;
import fflab.experiment.PlannedRun;
import fflab.experiment.Sweep;
import fflab.experiment.spec.ModelRegistry;
import fflab.experiment.store.ExperimentStore;
import fflab.experiment.sweep.CostModel;
import fflab.experiment.sweep.WorkerPool;
import fflab.model.ModelStore;
import fflab.report.ExperimentResults;
import fflab.report.Run;
import fflab.run.RunFiles;
import fflab.util.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code make reproduce}'s job: the reproduction specs one after another (each a {@code fflab sweep}
 * child process, so each resumes on its own), then the CAM figures of every trained CNN, under one
 * progress bar whose units are the estimated seconds of the runs still to do ({@link CostModel});
 * between run ends the bar moves with the clock, up to the current run's estimate.
 */
public final class Reproduction {
    /** Test images of each CNN's CAM figure. */
    public static final int CAM_IMAGES = 16;
    /** Estimated seconds of one CAM figure (forward passes of 16 images, 10 labels for FF). */
    static final double CAM_SECONDS = 5;
    /**
     * Seconds of the ADS step per 1,000 evaluation images and 4 filter sizes (1, 3, 5, 7): measured
     * on MNIST 784-500-500 (README, "make reproduce and its cost": FF 107 s, BP about 14 s), with
     * half as much again for Fashion-MNIST's extra windows.
     */
    static final double ADS_FF_SECONDS = 160;
    static final double ADS_BP_SECONDS = 20;
    private static final long POLL_MILLIS = 1000;

    /** One spec with its planned runs. */
    record Step(Path spec, Sweep sweep, ExperimentStore store) {}

    private final List<Step> steps;
    private final List<String> sweepArguments;
    private final Path dataDir;
    private final CostModel cost = CostModel.measured2Cores(ModelRegistry.standard());
    private final PrintWriter out;

    /**
     * @param sets           --set overrides for every spec (e.g. scale=cpu)
     * @param sweepArguments extra arguments of each {@code fflab sweep} (--workers N, ...)
     * @param dataDir        null for the default lookup
     */
    public Reproduction(List<Path> specs, List<String> sets, Path results, List<String> sweepArguments, Path dataDir,
                        PrintWriter out) {
        this.steps = new ArrayList<>();
        for (Path spec : specs) {
            Sweep sweep = Experiments.plan(spec, sets);
            steps.add(new Step(spec, sweep, ExperimentStore.of(results, sweep.spec().name())));
        }
        List<String> args = new ArrayList<>(List.of("--results", results.toAbsolutePath().toString()));
        sets.forEach(s -> args.addAll(List.of("--set", s)));
        if (dataDir != null) {
            args.addAll(List.of("--data-dir", dataDir.toAbsolutePath().toString()));
        }
        args.addAll(sweepArguments);
        this.sweepArguments = List.copyOf(args);
        this.dataDir = dataDir;
        this.out = out;
    }

    /** Estimated seconds of what is left: pending runs and the CAM figures of CNN runs. */
    public double remainingSeconds() {
        double total = 0;
        for (Step s : steps) {
            for (PlannedRun r : s.sweep().runs()) {
                if (!s.store().isDone(r.id())) {
                    total += seconds(r);
                }
                if (isCnn(r.config().model()) && !Files.isRegularFile(
                        s.store().runDir(r.id()).resolve(Measure.CAM_DIR).resolve(CamFigures.SUMMARY_FILE))) {
                    total += CAM_SECONDS;
                }
            }
        }
        return total;
    }

    /** Runs every spec, then the CAM figures; returns 0 when every sweep succeeded, 1 otherwise. */
    public int run() {
        int pendingRuns = 0;
        for (Step s : steps) {
            pendingRuns += (int) s.sweep().runs().stream().filter(r -> !s.store().isDone(r.id())).count();
        }
        double total = remainingSeconds();
        out.printf(Locale.ROOT, "reproduce: %d specs, %d runs to do, estimated %s on 2 cores%n", steps.size(),
                pendingRuns, duration(total));
        out.flush();
        int status = 0;
        try (Progress bar = Progress.start("reproduce", Math.max(1, Math.round(total)))) {
            long[] shown = {0};
            double[] completed = {0};
            for (Step s : steps) {
                status |= sweep(s, bar, shown, completed);
            }
            for (Step s : steps) {
                camFigures(s, bar, shown, completed);
            }
            bar.stepBy(Math.max(0, Math.round(total) - shown[0]));
        }
        return status;
    }

    private int sweep(Step s, Progress bar, long[] shown, double[] completed) {
        List<PlannedRun> pending = s.sweep().runs().stream().filter(r -> !s.store().isDone(r.id())).toList();
        if (pending.isEmpty()) {
            out.println("reproduce: " + s.sweep().spec().name() + ": every run is done");
            out.flush();
            return 0;
        }
        List<String> cmd = new ArrayList<>(WorkerPool.javaCommand());
        cmd.add("sweep");
        cmd.add(s.spec().toAbsolutePath().toString());
        cmd.addAll(sweepArguments);
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        pb.environment().put("FFLAB_PROGRESS", "off"); // this bar is the only one
        try {
            Process p = pb.start();
            List<PlannedRun> left = new ArrayList<>(pending);
            long since = System.nanoTime();
            while (!p.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                since = advance(s, left, bar, shown, completed, since);
            }
            advance(s, left, bar, shown, completed, since);
            left.forEach(r -> completed[0] += seconds(r)); // failed runs: skip their share
            move(bar, shown, completed[0]);
            bar.setExtraMessage(s.sweep().spec().name() + " finished");
            return p.exitValue() == 0 ? 0 : 1;
        } catch (IOException e) {
            throw new FflabException("cannot start fflab sweep " + s.spec() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FflabException("reproduce interrupted; run it again to resume");
        }
    }

    /** Counts the runs done since the last poll; between them the clock moves the bar within the next run's share. */
    private long advance(Step s, List<PlannedRun> left, Progress bar, long[] shown, double[] completed, long since) {
        boolean ended = left.removeIf(r -> {
            if (s.store().isDone(r.id())) {
                completed[0] += seconds(r);
                return true;
            }
            return false;
        });
        long now = System.nanoTime();
        if (ended) {
            since = now;
        }
        double partial = 0;
        if (!left.isEmpty()) {
            PlannedRun next = left.get(0);
            double share = seconds(next);
            partial = Math.min(0.95 * share, (now - since) / 1e9);
            bar.setExtraMessage(s.sweep().spec().name() + ": " + next.summary());
        }
        move(bar, shown, completed[0] + partial);
        return since;
    }

    private static void move(Progress bar, long[] shown, double units) {
        long target = Math.round(units);
        if (target > shown[0]) {
            bar.stepBy(target - shown[0]);
            shown[0] = target;
        }
    }

    /** CAM figures into {@code <run>/cam/} for every finished CNN run that has none yet. */
    private void camFigures(Step s, Progress bar, long[] shown, double[] completed) {
        if (!Files.isDirectory(s.store().dir())) {
            return;
        }
        ExperimentResults results = ExperimentResults.load(s.store().dir());
        for (Run r : results.experiment().finishedRuns()) {
            Path camDir = r.dir().resolve(Measure.CAM_DIR);
            if (!isCnn(r.model()) || Files.isRegularFile(camDir.resolve(CamFigures.SUMMARY_FILE))) {
                continue;
            }
            bar.setExtraMessage("CAM figures of " + r.id());
            ImageSet test = DatasetLoader.load(DatasetId.parse(r.dataset()), DataDirectory.resolve(dataDir)).test()
                    .head(CAM_IMAGES);
            CamFigures.Summary cam = CamFigures.write(ModelStore.load(r.dir().resolve(RunFiles.MODEL_DIR)), test,
                    false, camDir);
            out.printf(Locale.ROOT, "%s/%s: CAM of %d test images, %.1f %% of the map mass on the ink (which covers "
                    + "%.1f %%)%n", s.sweep().spec().name(), r.id(), cam.images(), cam.inkSharePercent(),
                    cam.inkAreaPercent());
            out.flush();
            completed[0] += CAM_SECONDS;
            move(bar, shown, completed[0]);
        }
    }

    /** Training and evaluation, then the ADS step (CAM figures are counted apart: they come after all sweeps). */
    double seconds(PlannedRun r) {
        double seconds = cost.estimate(r.config()).seconds();
        java.util.Map<String, Object> saliency = r.config().saliency();
        if (saliency != null) {
            boolean subset = "subset".equals(saliency.get("evaluation"));
            double images = subset ? ((Number) saliency.get("evaluation_size")).doubleValue() : 10_000;
            double filters = saliency.get("filters") instanceof List<?> l ? l.size() : 4;
            seconds += (r.config().model().startsWith("ff-") ? ADS_FF_SECONDS : ADS_BP_SECONDS) * images / 1000
                    * filters / 4;
        }
        return seconds;
    }

    /** "42 min", "3.5 h", "12 days". */
    public static String duration(double seconds) {
        if (seconds < 5400) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        }
        return seconds < 172_800 ? String.format(Locale.ROOT, "%.1f h", seconds / 3600)
                : String.format(Locale.ROOT, "%.0f days", seconds / 86_400);
    }

    static boolean isCnn(String model) {
        return model.endsWith("-cnn");
    }
}
