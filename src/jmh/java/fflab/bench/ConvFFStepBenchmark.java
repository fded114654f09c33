package fflab.bench;

import fflab.cnn.Convolution;
import fflab.cnn.InputNorm;
import fflab.cnn.MapShape;
import fflab.cnn.PatchInput;
import fflab.nn.Dense;
import fflab.nn.FFLayer;
import fflab.nn.Goodness;
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
 * One FF training step of one convolutional layer: {@code images} positive and as many negative
 * maps, patch-matrix forward, goodness and loss, local kernel gradient, Adam. Compare with
 * {@link ConvNd4jBenchmark} (ND4J's own conv2d and conv2d_bp on the same {@code 2 x images} maps).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
public class ConvFFStepBenchmark {
    /** {@link ConvShapes}: images x side x in-channels x filters x kernel. */
    @Param({ConvShapes.PAPER_FIRST, ConvShapes.PAPER_DEEP, ConvShapes.CPU_FIRST, ConvShapes.CPU_SECOND,
            ConvShapes.CPU_THIRD})
    public String shape;

    private FFLayer.Step step;
    private PatchInput input;

    @Setup
    public void setUp() {
        ConvShapes s = ConvShapes.parse(shape);
        MapShape in = s.input();
        INDArray maps = Shapes.gaussian(2 * s.images(), in.size(), 3);
        InputNorm.LAYER.normalise(maps, maps);
        Dense kernel = Dense.init(s.kernel() * s.kernel() * in.channels(), s.filters(), 1, DataType.FLOAT);
        input = new PatchInput(new Convolution(in, s.kernel()), maps);
        step = new FFLayer(kernel, Goodness.MEAN, 1.0, 1e-3, in.pixels()).step(input.rows());
    }

    @Benchmark
    public double trainStep() {
        step.forward(input);
        step.backward();
        return step.loss();
    }
}
