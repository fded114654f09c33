package fflab.experiment.sweep;

import java.util.List;
import java.util.Map;

/**
 * The {@code saliency:} block of a run's config, typed, for the ADS engine (fflab.saliency).
 *
 * @param filters occlusion window sizes (odd), all mapped on the run's one trained model
 * @param baseline zero, standardized-zero or mean
 * @param evaluation test (the whole test set) or subset (a seeded subset of evaluationSize images)
 */
public record SaliencyOptions(List<Integer> filters, int stride, String baseline, String evaluation,
                              int evaluationSize, boolean perClass, boolean occludeLabel) {

    @SuppressWarnings("unchecked")
    public static SaliencyOptions of(Map<String, Object> saliency) {
        return new SaliencyOptions(((List<Long>) saliency.get("filters")).stream().map(Math::toIntExact).toList(),
                Math.toIntExact((Long) saliency.get("stride")), (String) saliency.get("baseline"),
                (String) saliency.get("evaluation"), Math.toIntExact((Long) saliency.get("evaluation_size")),
                (Boolean) saliency.get("per_class"), (Boolean) saliency.get("occlude_label"));
    }
}
