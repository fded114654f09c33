package fflab.experiment.sweep;

import fflab.data.Split;
import fflab.experiment.RunConfig;
import fflab.model.ImageClassifier;
import fflab.saliency.SaliencyOptions;
import fflab.saliency.SaliencyStep;
import fflab.saliency.SaliencySummary;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Work on a trained model (in memory after training, or loaded from a finished run's folder), after
 * the run's own files are written: the ADS saliency maps of {@code fflab.saliency}. Outputs go to
 * {@code outputDir}, {@code runDir/saliency/<key>/}; an exception fails the run (or, on a finished
 * run, only this output).
 */
@FunctionalInterface
public interface PostTrainingStep {

    /**
     * @param model the trained classifier; @param split the run's train/validation/test images
     * @param saliency the run's saliency options; @param log the run's log
     */
    record Context(ImageClassifier model, Split split, Path runDir, Path outputDir, RunConfig config,
                   SaliencyOptions saliency, RunLog log) {}

    /** The ADS maps of {@code fflab.saliency}, one per filter size, with significance and faithfulness. */
    PostTrainingStep ADS = context -> {
        long start = System.nanoTime();
        SaliencySummary s = SaliencyStep.run(context.model(), context.model().kind().id() + " "
                + context.runDir().getFileName(), context.split().test(), context.split().train(), context.saliency(),
                context.outputDir());
        String maps = s.filters().stream()
                .map(f -> String.format("k=%d max ADS %.4f, %d significant pixels, %.1f s", f.filterSize(), f.maxAds(),
                        f.significantPositions(), f.seconds()))
                .collect(Collectors.joining("; "));
        context.log().line("saliency on " + s.evaluationImages() + " images: " + maps);
        // the maps are a fraction of the step: say where the rest of its time went
        double rest = (System.nanoTime() - start) / 1e9 - s.filters().stream()
                .mapToDouble(SaliencySummary.FilterSummary::seconds).sum();
        context.log().line(String.format(Locale.ROOT, "saliency faithfulness curves (%d images): %.1f s; baseline, "
                + "figures and files: %.1f s", Math.min(s.evaluationImages(), context.saliency().faithfulnessImages()),
                s.faithfulnessSeconds(), rest - s.faithfulnessSeconds()));
        return s.filters().size() + " maps (" + s.evaluation() + ")";
    };

    /** @return what it made, for done.json's steps, e.g. "4 maps (test)" */
    String run(Context context) throws Exception;
}
