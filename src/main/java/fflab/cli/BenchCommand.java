package fflab.cli;

import fflab.perf.FFEpochBench;
import fflab.perf.FFStepBench;
import fflab.perf.InferenceBench;
import fflab.provenance.EnvironmentInfo;
import fflab.provenance.Threads;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fflab bench}: a quick measurement of FF training speed against ND4J's matrix multiply. */
@Command(name = "bench",
        description = "Time one full-batch FF epoch (positive + negative images, forward, local gradient, Adam) "
                + "of a first layer (784->500) and a deeper layer (500->500) against ND4J's own matrix multiply "
                + "of the same shape, measured in the same run. The JMH suite (make bench) measures more.")
public final class BenchCommand extends FflabCommand implements Callable<Integer> {
    @Option(names = "--images", defaultValue = "50000", description = "Images per full batch (default: ${DEFAULT-VALUE}).")
    int images;

    @Option(names = "--repeats", defaultValue = "5", description = "Timed repetitions; the median is reported (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--warmups", defaultValue = "2", description = "Untimed repetitions first (default: ${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--threads", defaultValue = "0", description = "CPU threads; 0 = all cores (default).")
    int threads;

    @Option(names = "--batch-size", description = "Time a mini-batch FF step (batch of B images, positive and "
            + "negative, negatives drawn, forward, local gradient, Adam) of each layer shape instead of a full-batch "
            + "epoch; the GEMM reference is [B x in] x [in x out].")
    Integer batchSize;

    @Option(names = "--hidden", split = ",", defaultValue = "500,500",
            description = "Layer widths after the 784 inputs (default: ${DEFAULT-VALUE}); shapes 784->h1, h1->h2, ...")
    List<Integer> hidden;

    @Option(names = "--predict", description = "Time FF prediction of 10,000 images x 10 labels through the --hidden "
            + "layers against the [10000 x 784] x [784 x h1] GEMM.")
    boolean predict;

    @Option(names = "--ads", description = "Time one ADS filter position (k = 1 and 5, naive and fast path) over "
            + "10,000 images of the --hidden FF network against the [10000 x 784] x [784 x h1] GEMM.")
    boolean ads;

    @Option(names = "--cpu-time", description = "With --threads 1 and --batch-size: time by the calling thread's CPU "
            + "time, which other load on the machine does not inflate.")
    boolean cpuTime;

    @Override
    public Integer call() {
        if (cpuTime && (threads != 1 || (batchSize == null && !predict && !ads))) {
            throw usageError("--cpu-time needs --threads 1 and --batch-size, --predict or --ads");
        }
        if (cpuTime) {
            FFStepBench.useThreadCpuTime();
        }
        Threads.configure(threads);
        PrintWriter out = out();
        EnvironmentInfo env = EnvironmentInfo.capture();
        out.printf("fflab bench: %s, %d threads, %s, ND4J %s (%s)%n", env.cpuModel(), Threads.blas(), env.blasVendor(),
                env.nd4jVersion(), env.nd4jBackend());
        if (predict || ads) {
            InferenceBench bench = new InferenceBench(hidden);
            if (predict) {
                out.println(bench.predict(warmups, repeats).format());
                out.flush();
            }
            if (ads) {
                for (int k : new int[] {1, 5}) {
                    for (String path : new String[] {"naive", "fast"}) {
                        out.println(bench.ads(path, k, warmups, repeats).format());
                        out.flush();
                    }
                }
            }
            if (batchSize == null) {
                return 0;
            }
        }
        if (batchSize != null) {
            int in = 784;
            for (int width : hidden) {
                out.println(FFStepBench.run(batchSize, in, width, warmups, repeats).format());
                out.flush();
                in = width;
            }
            out.println("GEMM-times: step time / one [batch x in] x [in x out] multiply measured in this process.");
            out.flush();
            return 0;
        }
        out.printf("%-20s %8s %10s %10s %10s %12s %10s%n", "layer", "images", "gemm ms", "GFLOP/s", "epoch ms",
                "GEMM-times", "eff/gemm");
        for (FFEpochBench.Result r : List.of(
                FFEpochBench.run(true, images, 784, 500, warmups, repeats),
                FFEpochBench.run(false, images, 500, 500, warmups, repeats))) {
            out.printf("%-20s %8d %10.1f %10.1f %10.1f %12.2f %9.0f%%%n", r.layer(), r.images(), 1e3 * r.gemmSeconds(),
                    r.gemmGflops(), 1e3 * r.epochSeconds(), r.gemmTimes(), 100 * r.ratioToGemmRate());
        }
        out.println("GEMM-times: epoch time / one [images x in] x [in x out] multiply; eff/gemm: the 4 multiplies of a "
                + "straightforward epoch per second of epoch, over the multiply rate.");
        out.flush();
        return 0;
    }
}
