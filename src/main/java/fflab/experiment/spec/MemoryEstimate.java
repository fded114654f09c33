package fflab.experiment.spec;

/** The memory of this machine, and sizes as text, for the spec's memory checks ({@link ModelFamily#memoryBytes}). */
public final class MemoryEstimate {
    private MemoryEstimate() {}

    /** The physical memory of this machine. */
    public static double physicalBytes() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize();
    }

    public static String gigabytes(double bytes) {
        double gib = bytes / (1L << 30);
        return gib >= 100 ? String.format("%,.0f GiB", gib) : String.format("%.1f GiB", gib);
    }
}
