package fflab.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --results} option of the commands that write or read experiment folders. */
final class ResultsOption {
    @Option(names = "--results", paramLabel = "DIR", defaultValue = "results",
            description = "Folder holding the experiment folders (default: ${DEFAULT-VALUE}).")
    Path dir;
}
