package fflab.bench;

import fflab.nn.Dense;
import fflab.nn.FFLayer;
import fflab.nn.Goodness;
import fflab.nn.LayerInput;
import fflab.nn.LengthNorm;
import fflab.nn.OverlaidImageInput;
import fflab.nn.OverlayBasis;
import fflab.nn.StackedInput;
import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One FF training step of one layer (forward on positive and negative rows, local gradient,
 * Adam): {@code images} images, i.e. {@code 2 x images} rows. A first layer (784 inputs) uses the
 * shared-image overlay algebra; wider inputs are deeper layers fed with stacked activity rows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FFLayerStepBenchmark {
    /** images x in x out; 784 inputs means a first layer. */
    @Param({"50000x784x500", "50000x500x500", "100x784x500", "1000x784x500", "100x500x500", "1000x500x500",
            "100x2000x2000", "1000x2000x2000"})
    public String shape;

    private FFLayer.Step step;
    private LayerInput input;

    @Setup
    public void setUp() {
        int[] s = Shapes.parse(shape);
        int images = s[0];
        Dense dense = Dense.init(s[1], s[2], 1, DataType.FLOAT);
        if (s[1] == 784) {
            INDArray x = Shapes.gaussian(images, s[1], 3);
            int[] pos = Shapes.labels(images, 4);
            OverlayBasis basis = OverlayBasis.of(x, x.maxNumber().doubleValue(), 10);
            input = new OverlaidImageInput(basis, images, s[2], true).load(null, pos, Shapes.wrongLabels(pos, 5));
        } else {
            INDArray rows = Shapes.gaussian(2 * images, s[1], 3);
            LengthNorm.normaliseRows(rows, rows);
            input = new StackedInput(rows);
        }
        step = new FFLayer(dense, Goodness.MEAN, 2.0, 0.03).step(input.rows());
    }

    @Benchmark
    public double trainStep() {
        step.forward(input);
        step.backward();
        return step.loss();
    }
}
