package fflab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fflab.io.Json;
import fflab.provenance.EnvironmentInfo;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

@DisplayName("fflab info on the command line")
class InfoCommandTest {
    @Test
    void printsAlignedKeyValueLines() {
        String out = run("info");
        assertThat(out).contains("nd4j:", "1.0.0-M2.1", "backend:", "blas:", "cpu:", "cores:", "max heap:", "git commit:");
        List<Integer> valueColumns = out.strip().lines()
                .map(line -> line.length() - line.replaceFirst("^[a-z0-9 ]+: +", "").length())
                .distinct().toList();
        assertThat(valueColumns).as("the column where values start").hasSize(1);
        assertThat(out.strip().lines()).allMatch(line -> line.matches("[a-z0-9 ]+: +\\S.*"));
    }

    @Test
    void jsonHasEveryFieldInRecordOrder() throws Exception {
        JsonNode json = Json.mapper().readTree(run("info", "--json"));
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyElementsOf(EnvironmentInfo.capture().asMap().keySet());
        assertThat(json.get("nd4jVersion").asText()).isEqualTo("1.0.0-M2.1");
        assertThat(json.get("availableProcessors").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    private static String run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter sw = new StringWriter();
        cl.setOut(new PrintWriter(sw));
        assertThat(cl.execute(args)).isZero();
        return sw.toString();
    }
}
