package fflab.perf;

/** One line of {@code fflab bench}: what was measured, its figures, and its time in GEMM-times. */
public record BenchLine(String name, String figures, double gemmTimes) {
    public String format() {
        return String.format("%-28s %s = %.2f GEMM-times", name, figures, gemmTimes);
    }
}
