package fflab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fflab.experiment.spec.ModelRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** docs/options.md is generated from the declarations and cannot drift from them. */
class OptionsDocTest {
    private static final Path DOC = Path.of("docs/options.md");

    @Test
    @DisplayName("docs/options.md is what `fflab options` prints (regenerate: ./bin/fflab options > docs/options.md)")
    void committedDocIsGenerated() throws IOException {
        assertThat(Files.readString(DOC)).isEqualTo(OptionsDoc.markdown(ModelRegistry.standard()));
    }

    @Test
    @DisplayName("fflab train --help documents every option of every family")
    void trainHelpDocumentsEveryOption() {
        String help = Main.commandLine().getSubcommands().get("train").getUsageMessage().replace("--[no-]", "--");
        ModelRegistry registry = ModelRegistry.standard();
        for (String id : registry.ids()) {
            registry.get(id).family().declaration().options()
                    .forEach(o -> assertThat(help).contains(o.flag()));
        }
    }
}
