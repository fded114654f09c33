package fflab.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import fflab.io.Json;
import fflab.provenance.EnvironmentInfo;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fflab info}: the software and hardware a run would use, as recorded in its provenance. */
@Command(name = "info",
        description = "Show versions, threads and hardware: what each run records as its environment.")
public final class InfoCommand extends FflabCommand implements Runnable {

    @Option(names = "--json", description = "Print every recorded field as JSON.")
    boolean json;
    @Override
    public void run() {
        EnvironmentInfo info = EnvironmentInfo.capture();
        PrintWriter out = out();
        out.println(json ? toJson(info) : toText(info));
        out.flush();
    }

    /** JSON in the record's field order, not sorted like result files, to match the text view. */
    static String toJson(EnvironmentInfo info) {
        try {
            return Json.mapper().writer()
                    .without(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .writeValueAsString(info.asMap());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String toText(EnvironmentInfo info) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("fflab", info.fflabVersion());
        lines.put("git commit", info.gitCommit() + (info.gitDirty() ? " (dirty)" : ""));
        lines.put("java", info.javaVersion() + " (" + info.javaVendor() + ", " + info.jvmName() + ")");
        lines.put("nd4j", info.nd4jVersion());
        lines.put("backend", info.nd4jBackend() + ", default type " + info.dataType());
        lines.put("blas", info.blasVendor() + ", " + info.blasThreads() + " threads");
        lines.put("nd4j threads", Integer.toString(info.nd4jThreads()));
        lines.put("cpu", info.cpuModel());
        lines.put("cores", Integer.toString(info.availableProcessors()));
        lines.put("max heap", String.format(Locale.ROOT, "%.1f GiB", info.maxHeapBytes() / (double) (1L << 30)));
        if (!"none".equals(info.gpu())) {
            lines.put("gpu", info.gpu());
        }
        lines.put("os", info.os());
        lines.put("host", info.hostname());
        int width = lines.keySet().stream().mapToInt(String::length).max().orElse(0) + 1;
        StringBuilder text = new StringBuilder();
        lines.forEach((key, value) -> text.append(String.format(Locale.ROOT, "%-" + width + "s %s%n", key + ":", value)));
        return text.toString().stripTrailing();
    }
}
