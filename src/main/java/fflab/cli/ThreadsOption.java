package fflab.cli;

import fflab.provenance.Threads;
import picocli.CommandLine.Option;

/** The {@code --threads} option of the commands that compute in this JVM (sweep has its own, per run). */
final class ThreadsOption {
    @Option(names = "--threads", defaultValue = "0", description = "CPU threads for ND4J and BLAS; 0 = all cores "
            + "(default).")
    int threads;

    /** Sets ND4J's and BLAS's threads; call before any computation. */
    void configure() {
        Threads.configure(threads);
    }
}
