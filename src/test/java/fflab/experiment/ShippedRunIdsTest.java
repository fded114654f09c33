package fflab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fflab.experiment.spec.ModelRegistry;
import fflab.experiment.spec.SpecLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A released run id never changes meaning: every run id of every shipped spec in experiments/, at
 * every scale it defines, is recorded in {@code shipped-run-ids.txt}, and a refactoring must keep
 * them. A deliberate change refreshes the record with {@code -Dfflab.refreshRunIds=true} (and says
 * so in the commit).
 */
class ShippedRunIdsTest {
    static final Path RECORD = Path.of("src/test/resources/fflab/experiment/shipped-run-ids.txt");

    @Test
    void everyShippedSpecKeepsItsRunIds() throws IOException {
        List<String> now = currentIds();
        if (Boolean.getBoolean("fflab.refreshRunIds")) {
            Files.write(RECORD, now, StandardCharsets.UTF_8);
        }
        List<String> recorded = Files.readAllLines(RECORD, StandardCharsets.UTF_8);
        assertThat(now).as("run ids of experiments/*.yaml (refresh deliberately with -Dfflab.refreshRunIds=true)")
                .containsExactlyElementsOf(recorded);
    }

    /** "spec scale run-id model dataset seed", one line per run, specs by name, runs in sweep order. */
    static List<String> currentIds() throws IOException {
        List<String> lines = new ArrayList<>();
        List<Path> specs;
        try (Stream<Path> files = Files.list(Path.of("experiments"))) {
            specs = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path spec : specs) {
            for (String scale : scales(spec)) {
                List<String> set = scale.isEmpty() ? List.of() : List.of("scale=" + scale);
                Sweep sweep = SweepExpansion.expand(SpecLoader.standard().load(spec, set), ModelRegistry.standard(),
                        Integer.MAX_VALUE);
                for (PlannedRun run : sweep.runs()) {
                    lines.add(spec.getFileName() + " " + (scale.isEmpty() ? "-" : scale) + " " + run.id() + " "
                            + run.config().model() + " " + run.config().dataset() + " seed=" + run.config().seed());
                }
            }
        }
        return lines;
    }

    private static List<String> scales(Path spec) throws IOException {
        JsonNode scales = new YAMLMapper().readTree(spec.toFile()).path("scales");
        List<String> names = new ArrayList<>();
        scales.fieldNames().forEachRemaining(names::add);
        return names.isEmpty() ? List.of("") : names;
    }
}
