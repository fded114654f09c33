package fflab.cli;

/** A command that only groups subcommands (fflab data, fflab regression): run alone, it lists them. */
abstract class GroupCommand extends FflabCommand implements Runnable {
    @Override
    public final void run() {
        spec.commandLine().usage(out());
    }
}
