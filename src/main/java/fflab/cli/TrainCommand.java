package fflab.cli;

import fflab.data.DatasetId;
import fflab.model.ModelKind;
import fflab.run.RunExecutor;
import fflab.run.RunRequest;
import fflab.run.RunResult;
import fflab.train.Monitors;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fflab train}: one model, one dataset, one seed, into one run folder. */
@Command(name = "train",
        description = "Train an FF or BP MLP or CNN, evaluate it on the test set through Tribuo and write a run folder "
                + "(config.json, metrics.json, history.csv, accuracy.csv, predictions.csv, model/, provenance.json).")
public final class TrainCommand extends FflabCommand implements Callable<Integer> {
    @Option(names = "--model", defaultValue = "ff-mlp", converter = ParsedValue.Model.class,
            description = "ff-mlp, bp-mlp, ff-cnn or bp-cnn (default: ${DEFAULT-VALUE}).")
    ModelKind model;

    @Mixin
    DatasetSource data;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the split, weights, shuffles and negatives (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Run folder (default: results/train/<model>-<dataset>-seed<seed>-<timestamp>).")
    Path out;

    @Override
    public Integer call() {
        threads.configure();
        DatasetId dataset = data.dataset;
        var parsed = spec.commandLine().getParseResult();
        RunRequest request = new RunRequest(model, dataset, ModelOptions.config(parsed, model), seed,
                ModelOptions.dataOption(parsed, "validation_size"), ModelOptions.dataOption(parsed, "train_limit"),
                ModelOptions.dataOption(parsed, "probe_train_size"));
        Path runDir = out != null ? out : Path.of("results", "train", model.id() + "-" + dataset.id() + "-seed" + seed
                + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        RunResult r = new RunExecutor(data.directory())
                .execute(request, runDir, Monitors.progress(model.id() + "/" + dataset.id()));
        PrintWriter o = out();
        o.printf("%s on %s (seed %d): test accuracy %.2f %%, macro F1 %.4f, validation accuracy %.2f %%%n",
                model.id(), dataset.id(), seed, 100 * r.test().accuracy(), r.test().macroF1(),
                100 * r.validation().accuracy());
        if (!r.test().layerAccuracy().isEmpty()) {
            o.printf("  per-layer test accuracy: %s%n", r.test().layerAccuracy().stream()
                    .map(a -> String.format("%.2f %%", 100 * a)).toList());
        }
        o.printf("  trained in %.1f s, evaluated in %.1f s; run folder: %s%n", r.trainSeconds(), r.evaluationSeconds(),
                runDir);
        o.flush();
        return 0;
    }
}
