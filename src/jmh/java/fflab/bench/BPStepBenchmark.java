package fflab.bench;

import fflab.model.BPConfig;
import fflab.model.BPTrainer;
import fflab.train.TrainingMonitor;
import java.util.List;
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
 * BP-MLP 784-500-500-10 training: one epoch over 10,000 images in mini-batches; divide by the
 * number of steps (10,000 / batch) for the time of one step.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class BPStepBenchmark {
    public static final int IMAGES = 10_000;

    @Param({"100", "1000"})
    public int batch;

    private INDArray images;
    private int[] labels;

    @Setup
    public void setUp() {
        images = Shapes.gaussian(IMAGES, 784, 9);
        labels = Shapes.labels(IMAGES, 10);
    }

    @Benchmark
    public Object epoch() {
        BPConfig config = new BPConfig(List.of(500, 500), 1e-3, 1, batch, 0);
        return new BPTrainer(config, 1).train(images, labels, 10, TrainingMonitor.NONE);
    }
}
