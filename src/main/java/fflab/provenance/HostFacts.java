package fflab.provenance;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The machine: CPU model, GPU, host name, operating system. */
final class HostFacts {
    private static final Duration NVIDIA_SMI_TIMEOUT = Duration.ofSeconds(5);

    private HostFacts() {}

    /** The first "model name" of /proc/cpuinfo (Linux), else "unknown". */
    static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** "name, memory" of each NVIDIA GPU, separated by "; ", or "none" without nvidia-smi. */
    static String gpu() {
        return Commands.output(Path.of("."), NVIDIA_SMI_TIMEOUT,
                        "nvidia-smi", "--query-gpu=name,memory.total", "--format=csv,noheader")
                .filter(out -> !out.isBlank())
                .map(out -> out.lines().map(String::strip).collect(Collectors.joining("; ")))
                .orElse("none");
    }

    /** The kernel's host name on Linux (no DNS look-up), else what Java resolves. */
    static String hostname() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (IOException e) {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (IOException e2) {
                return "unknown";
            }
        }
    }

    /** e.g. "Linux 6.1.0 (amd64)". */
    static String os() {
        return System.getProperty("os.name") + " " + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")";
    }
}
