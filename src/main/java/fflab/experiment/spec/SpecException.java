package fflab.experiment.spec;

import fflab.FflabException;
import java.util.List;
import java.util.stream.Collectors;

/** A spec that cannot run, with every error found in it, one per line. */
public final class SpecException extends FflabException {
    private final transient List<SpecError> errors;

    public SpecException(List<SpecError> errors) {
        super(errors.stream().map(SpecError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public static SpecException of(Location location, String path, String message) {
        return new SpecException(List.of(new SpecError(location, path, message)));
    }

    public List<SpecError> errors() {
        return errors;
    }
}
