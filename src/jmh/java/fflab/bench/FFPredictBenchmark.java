package fflab.bench;

import fflab.model.FFNetwork;
import fflab.model.LabelGoodness;
import fflab.nn.Dense;
import fflab.nn.Goodness;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** FF prediction of 10,000 test-sized images: 10 labels, every layer of a 784-500-500 network. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class FFPredictBenchmark {
    private FFNetwork network;
    private INDArray images;

    @Setup
    public void setUp() {
        images = Shapes.gaussian(10_000, 784, 7);
        network = new FFNetwork(List.of(Dense.init(784, 500, 1, DataType.FLOAT), Dense.init(500, 500, 2, DataType.FLOAT)),
                Goodness.MEAN, 2.8, 10, false);
    }

    @Benchmark
    public LabelGoodness predict() {
        return network.labelGoodness(images);
    }
}
