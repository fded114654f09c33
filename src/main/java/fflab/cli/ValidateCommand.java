package fflab.cli;

import fflab.experiment.Sweep;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code fflab validate SPEC}: check a spec and say how many runs it makes; nothing runs. */
@Command(name = "validate",
        description = "Check an experiment spec (and --set overrides) and list all errors at once as "
                + "file:line:col field.path: message. Exit code 0 when valid, 2 when not.")
public final class ValidateCommand extends FflabCommand implements Callable<Integer> {
    @Mixin
    SpecArguments arguments;

    @Override
    public Integer call() {
        Sweep sweep = arguments.plan();
        SpecArguments.warn(sweep, err());
        PrintWriter out = out();
        String axes = sweep.spec().axes().stream().map(p -> p.path() + " (" + p.values().size() + ")")
                .collect(Collectors.joining(", "));
        out.printf("%s: valid; experiment %s%s, %d runs%s%n", arguments.spec, sweep.spec().name(),
                sweep.spec().scale().isEmpty() ? "" : " at scale " + sweep.spec().scale(), sweep.runs().size(),
                axes.isEmpty() ? "" : "; axes: " + axes);
        out.flush();
        return 0;
    }
}
