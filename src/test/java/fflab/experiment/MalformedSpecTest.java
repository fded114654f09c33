package fflab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fflab.experiment.spec.SpecError;
import fflab.experiment.spec.SpecException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under test resources {@code fflab/experiment/malformed/} is a broken spec whose
 * {@code # expect:} comment lines (at the end, so that they do not move the lines above) hold, in order, the exact messages validation must report.
 */
class MalformedSpecTest {
    private static final String EXPECT = "# expect: ";

    static Stream<Path> specs() throws IOException, URISyntaxException {
        Path dir = Path.of(MalformedSpecTest.class.getResource("malformed").toURI());
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(20);
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void reportsExactlyTheExpectedErrors(Path file) throws IOException {
        List<String> expected = Files.readAllLines(file).stream().filter(l -> l.startsWith(EXPECT))
                .map(l -> l.substring(EXPECT.length())).toList();
        String source = "malformed/" + file.getFileName();
        String name = file.getFileName().toString().replace(".yaml", "");
        SpecException e = catchThrowableOfType(SpecException.class, () -> SweepExpansion.expand(
                fflab.experiment.spec.SpecLoader.standard().load(source, name, Files.readString(file), List.of()),
                fflab.experiment.spec.ModelRegistry.standard()));
        assertThat(e).as("%s should be rejected", file.getFileName()).isNotNull();
        assertThat(e.errors()).extracting(SpecError::toString).containsExactlyElementsOf(expected);
        assertThat(e.getMessage()).isEqualTo(String.join("\n", expected));
    }
}
