package fflab.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * What every fflab command and subcommand has: --help and --version (picocli applies a superclass's
 * {@code @Command} attributes to its subclasses) and the parsed command line, for output and errors.
 */
@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
abstract class FflabCommand {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A usage error (exit code 2, with the usage text). */
    CommandLine.ParameterException usageError(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
