package fflab.bench;

import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
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
 * ND4J's float32 matrix multiply {@code [rows x in] x [in x out]} into a preallocated result: the
 * reference every other figure is divided by ("GEMM-times"). {@code 10000x784x500} is the first layer
 * on a test set, the reference of {@link AdsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class GemmBenchmark {
    @Param({"50000x784x500", "50000x500x500", "100x784x500", "1000x784x500", "100x500x500", "1000x500x500",
            "100x2000x2000", "1000x2000x2000", "10000x784x500"})
    public String shape;

    private INDArray a;
    private INDArray b;
    private INDArray c;

    @Setup
    public void setUp() {
        int[] s = Shapes.parse(shape);
        a = Shapes.gaussian(s[0], s[1], 1);
        b = Shapes.gaussian(s[1], s[2], 2);
        c = Nd4j.create(DataType.FLOAT, s[0], s[2]);
    }

    @Benchmark
    public INDArray gemm() {
        return Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
    }
}
