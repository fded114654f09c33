package fflab.bench;

import fflab.cnn.MapShape;
import fflab.cnn.Nd4jConv;
import java.util.concurrent.TimeUnit;
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
 * ND4J's own convolution ops on the maps of one FF step ({@code 2 x images}, NHWC, HWIO kernel,
 * "same"): {@code conv2d} alone, and {@code conv2d} then {@code conv2d_bp} (which also computes the
 * input gradient FF does not need). The reference for {@link ConvFFStepBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
public class ConvNd4jBenchmark {
    @Param({ConvShapes.PAPER_FIRST, ConvShapes.PAPER_DEEP, ConvShapes.CPU_FIRST, ConvShapes.CPU_SECOND,
            ConvShapes.CPU_THIRD})
    public String shape;

    private Nd4jConv conv;
    private INDArray gradOut;

    @Setup
    public void setUp() {
        ConvShapes s = ConvShapes.parse(shape);
        MapShape in = s.input();
        int n = 2 * s.images();
        conv = new Nd4jConv(Shapes.gaussian(n, in.size(), 3).reshape(n, in.height(), in.width(), in.channels()),
                Shapes.gaussian(s.kernel() * s.kernel() * in.channels(), s.filters(), 4)
                        .reshape(s.kernel(), s.kernel(), in.channels(), s.filters()),
                Shapes.gaussian(1, s.filters(), 5).reshape(s.filters()));
        gradOut = Shapes.gaussian(n * in.pixels(), s.filters(), 6).reshape(n, in.height(), in.width(), s.filters());
    }

    @Benchmark
    public INDArray forward() {
        return conv.forward();
    }

    @Benchmark
    public INDArray forwardBackward() {
        conv.forward();
        conv.backward(gradOut);
        return conv.kernelGradient();
    }
}
