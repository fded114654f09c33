package fflab.experiment.sweep;

import fflab.data.Split;
import fflab.experiment.RunConfig;
import fflab.model.ImageClassifier;
import java.nio.file.Path;

/**
 * Work on a trained model while it is still in memory, after the run's own files are written:
 * the ADS saliency maps of {@code fflab.saliency}. Outputs go under {@code runDir}
 * (for ADS: {@code runDir/saliency/}); an exception fails the run.
 */
@FunctionalInterface
public interface PostTrainingStep {

    /**
     * @param model the trained classifier; @param split the run's train/validation/test images
     * @param saliency the run's saliency options; @param log the run's log
     */
    record Context(ImageClassifier model, Split split, Path runDir, RunConfig config, SaliencyOptions saliency,
                   RunLog log) {}

    /** Until fflab.saliency is wired in: records that the maps are still to be made. */
    PostTrainingStep SALIENCY_NOT_AVAILABLE = context -> {
        context.log().line("saliency requested (" + context.saliency() + ") but no ADS engine is wired in yet");
        return "saliency: not available";
    };

    /** @return one line for done.json's steps, e.g. "saliency: 4 maps" */
    String run(Context context) throws Exception;
}
