package fflab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code fflab} command line. */
@Command(name = "fflab",
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
public final class Main extends FflabCommand implements Runnable {
    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code fflab options}: the model options as Markdown, the text of docs/options.md. */
    @Command(name = "options", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Print every model family's options (spec key, flag of fflab train, allowed values, default, "
                    + "sweep axis or not) as Markdown: the text of docs/options.md.")
    void options() {
        out().print(OptionsDoc.markdown(fflab.experiment.spec.ModelRegistry.standard()));
        out().flush();
    }

    /** {@code fflab accuracy-summary}: summary.csv of a folder of run summaries, and README's accuracy table. */
    @Command(name = "accuracy-summary", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Write DIR/summary.csv (name, model, dataset, prediction, seeds, test accuracy mean and sd, "
                    + "training seconds) from the run folders under DIR (NAME or NAME-seedN), and the accuracy table of "
                    + "the README between its markers.")
    void accuracySummary(
            @CommandLine.Parameters(paramLabel = "DIR", defaultValue = "results/reference/accuracy",
                    description = "Folder of run folders (default: ${DEFAULT-VALUE}).") java.nio.file.Path dir,
            @CommandLine.Option(names = "--readme", paramLabel = "FILE", defaultValue = "README.md",
                    description = "The README whose table to rewrite; none: leave it (default: ${DEFAULT-VALUE}).")
            String readme) {
        var rows = fflab.report.AccuracySummary.update(dir, "none".equals(readme) ? null : java.nio.file.Path.of(readme));
        out().println(rows.size() + " rows: " + dir.resolve(fflab.report.AccuracySummary.CSV)
                + ("none".equals(readme) ? "" : ", and the table of " + readme));
        out().flush();
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new UserErrorHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        ModelOptions.addTo(cl.getSubcommands().get("train").getCommandSpec());
        ModelOptions.addDataOptionsTo(cl.getSubcommands().get("train").getCommandSpec());
        return cl;
    }
}
