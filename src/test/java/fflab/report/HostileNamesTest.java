package fflab.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fflab.io.Json;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folder names, config values and specs are data: the report shows them as text, never as markup. */
@DisplayName("Report escaping of hostile names")
class HostileNamesTest {
    /** A folder name cannot hold "/", so the script tag stays open. */
    static final String EXPERIMENT = "<script>alert(\"x\")";
    static final String RUN = "\"><img src=x onerror=alert(1)>";
    static final String ATTRIBUTE = "'\"><b onmouseover=alert(3)>";

    @Test
    @DisplayName("a <script> experiment name, an attribute-breaking run name and a spec with markup stay text")
    void escaped(@TempDir Path dir) throws IOException {
        Path exp = dir.resolve(EXPERIMENT);
        ReportFixture.copyTree(ReportFixture.experiment().resolve("ff-theta2-1"), exp.resolve(RUN));
        ReportFixture.copyTree(ReportFixture.experiment().resolve("bp-1"), exp.resolve("bp-1"));
        ReportFixture.copyTree(ReportFixture.experiment().resolve("ff-theta2-2"), exp.resolve("ff-2"));
        // a config value that varies becomes a sweep axis: it lands in titles, captions and img alt attributes
        setConfig(exp.resolve(RUN), ATTRIBUTE);
        setConfig(exp.resolve("ff-2"), "plain");
        Files.writeString(exp.resolve("spec.yaml"), "name: x\n# </pre><script>alert(2)</script>\n");
        RenderedReport r = RenderedReport.of(exp, dir.resolve("out/index.html"));

        assertThat(r.doc().select("script, b")).isEmpty();
        assertThat(r.doc().select("[onerror], [onmouseover]")).isEmpty();
        assertThat(r.doc().select("img").eachAttr("alt")).anyMatch(alt -> alt.contains("comment=" + ATTRIBUTE));
        assertThat(r.doc().select("img[src=x]")).isEmpty();
        assertThat(r.html()).doesNotContain("<script").doesNotContain("<img src=x");
        assertThat(r.doc().title()).isEqualTo("fflab report: " + EXPERIMENT);
        assertThat(r.doc().selectFirst("h1").text()).isEqualTo("fflab report: " + EXPERIMENT);
        assertThat(r.doc().select("#runs tbody a").eachText()).contains(RUN);
        assertThat(r.doc().selectFirst("details pre").text()).contains("</pre><script>alert(2)</script>");
        // the link to the hostile run folder is percent-encoded and still leads there
        String href = r.doc().select("#runs tbody a").stream().filter(a -> a.text().equals(RUN)).findFirst()
                .orElseThrow().attr("href");
        assertThat(href).doesNotContain("<", ">", "\"", " ");
        assertThat(URI.create(href).getPath()).endsWith(RUN + "/");
    }

    private static void setConfig(Path run, String comment) {
        ObjectNode config = (ObjectNode) Json.readTree(run.resolve("config.json"));
        ((ObjectNode) config.get("config")).put("comment", comment);
        Json.write(run.resolve("config.json"), config);
    }
}
