package fflab.experiment.spec;

import fflab.cnn.ConvStack;
import fflab.cnn.InputNorm;
import fflab.cnn.MapShape;
import fflab.cnn.Pooling;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The convolutional stack's options, checks and arithmetic, shared by the FF-CNN and BP-CNN families. */
final class CnnShapes {
    private CnnShapes() {}

    /** filters, kernel, pooling and norm, with the defaults of {@code stack}. */
    static List<Option> stackOptions(ConvStack stack) {
        return List.of(
                new Option("filters", ValueType.widths(), MlpShapes.longs(stack.filters()),
                        "filters of each convolutional layer, input side first"),
                new Option("kernel", ValueType.oddSize(SpecSchema.IMAGE_SIDE), (long) stack.kernel(),
                        "kernel size of every layer (odd: 'same' padding)"),
                new Option("pooling", ValueType.choice(Pooling.class), ValueType.id(stack.pooling()),
                        "between layers: none, or max (2x2)"),
                new Option("norm", ValueType.choice(InputNorm.class), ValueType.id(stack.norm()),
                        "normalisation of every layer's input map"));
    }

    static ConvStack stack(Map<String, Object> v) {
        return new ConvStack(MlpShapes.ints(v.get("filters")), Math.toIntExact((Long) v.get("kernel")),
                ValueType.enumValue(Pooling.class, v.get("pooling")), ValueType.enumValue(InputNorm.class, v.get("norm")));
    }

    /** The stack's problem on 28x28 images (for example pooling it to nothing), as a conflict. */
    static void stackFits(Map<String, Object> v, List<Conflict> conflicts) {
        String problem = stack(v).problem(MapShape.MNIST);
        if (problem != null) {
            int colon = problem.indexOf(':');
            conflicts.add(new Conflict(colon > 0 ? problem.substring(0, colon) : "filters",
                    colon > 0 ? problem.substring(colon + 1).trim() : problem));
        }
    }

    /** 2 flops per multiply-add of the convolutions of one forward pass of {@code images} images. */
    static double forwardFlops(ConvStack stack, int images) {
        return 2 * stack.multiplyAdds(MapShape.MNIST) * images;
    }

    static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
