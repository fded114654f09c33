package fflab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code fflab} command line. */
@Command(name = "fflab",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Forward-Forward experiment harness: train, evaluate, explain and report.",
        subcommands = {
                CommandLine.HelpCommand.class,
                TrainCommand.class,
                BenchCommand.class,
                InfoCommand.class,
                DataCommand.class,
                ValidateCommand.class,
                SweepCommand.class,
                SaliencyCommand.class,
                ReportCommand.class,
                RegressionCommand.class,
                CamCommand.class,
                ClaimsCommand.class,
                ReproduceCommand.class,
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new UserErrorHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }
}
