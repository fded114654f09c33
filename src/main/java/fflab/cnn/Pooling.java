package fflab.cnn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What sits between two convolutional layers: nothing (the paper), or 2x2 max pooling with
 * stride 2, which quarters the next layer's cost (for CPU budgets). Odd sizes round down.
 */
public enum Pooling {
    NONE,
    MAX;

    /** The shape of a map after this pooling. */
    public MapShape apply(MapShape in) {
        return this == NONE ? in : new MapShape(in.height() / 2, in.width() / 2, in.channels());
    }

    /** Pools {@code maps [n, in.size()]} into {@code out [n, apply(in).size()]}; NONE copies. */
    public void forward(INDArray maps, MapShape in, INDArray out) {
        if (this == NONE) {
            out.assign(maps);
            return;
        }
        MapShape o = apply(in);
        Nd4j.exec(DynamicCustomOp.builder("maxpool2d").addInputs(nhwc(maps, in)).addOutputs(nhwc(out, o))
                .addIntegerArguments(ARGS).build());
    }

    /** The gradient with respect to {@code maps} of the gradient {@code dOut} of the pooled maps. */
    public void backward(INDArray maps, MapShape in, INDArray dOut, INDArray dMaps) {
        if (this == NONE) {
            dMaps.assign(dOut);
            return;
        }
        Nd4j.exec(DynamicCustomOp.builder("maxpool2d_bp").addInputs(nhwc(maps, in), nhwc(dOut, apply(in)))
                .addOutputs(nhwc(dMaps, in)).addIntegerArguments(ARGS).build());
    }

    /** kernel 2x2, stride 2, no padding, dilation 1, 'valid' mode, unused, NHWC. */
    private static final int[] ARGS = {2, 2, 2, 2, 0, 0, 1, 1, 0, 0, 1};

    private static INDArray nhwc(INDArray rows, MapShape s) {
        return rows.reshape(rows.rows(), s.height(), s.width(), s.channels());
    }
}
