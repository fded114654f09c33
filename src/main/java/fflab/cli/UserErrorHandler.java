package fflab.cli;

import fflab.FflabException;
import fflab.experiment.spec.SpecException;
import picocli.CommandLine;

/** Prints user-facing errors as one clear message; other failures keep their stack trace. */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        if (ex instanceof SpecException spec) {
            spec.errors().forEach(e -> cl.getErr().println(e));
            cl.getErr().println("fflab: " + spec.errors().size() + (spec.errors().size() == 1 ? " error" : " errors")
                    + " in the spec; nothing was run");
            return 2;
        }
        if (ex instanceof FflabException) {
            cl.getErr().println("fflab: error: " + ex.getMessage());
            return 2;
        }
        ex.printStackTrace(cl.getErr());
        return 1;
    }
}
