package fflab.experiment.sweep;

import fflab.saliency.BaselineKind;
import fflab.saliency.EvaluationSet;
import fflab.saliency.SaliencyOptions;
import java.util.List;
import java.util.Map;

/**
 * Reads a run's resolved {@code saliency:} block (validated and defaulted by the spec schema) as
 * the ADS engine's options; what the block does not name keeps the engine's defaults.
 */
public final class SaliencyBlock {
    private SaliencyBlock() {}

    @SuppressWarnings("unchecked")
    public static SaliencyOptions options(Map<String, Object> block, long seed) {
        String evaluation = (String) block.get("evaluation");
        int size = Math.toIntExact((Long) block.get("evaluation_size"));
        return SaliencyOptions.defaults().toBuilder()
                .filterSizes(((List<Long>) block.get("filters")).stream().map(Math::toIntExact).toList())
                .stride(Math.toIntExact((Long) block.get("stride")))
                .baseline(BaselineKind.parse((String) block.get("baseline")))
                .evaluation("subset".equals(evaluation) ? EvaluationSet.subset(size) : EvaluationSet.TEST)
                .perClass((Boolean) block.get("per_class"))
                .occludeLabel((Boolean) block.get("occlude_label"))
                .seed(seed)
                .build();
    }
}
