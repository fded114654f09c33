package fflab.experiment.spec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every error of a spec, so that all of them are reported at once. */
public final class SpecErrors {
    private final List<SpecError> errors = new ArrayList<>();

    public void add(Location location, String path, String message) {
        SpecError e = new SpecError(location, path, message);
        if (!errors.contains(e)) { // one message per place, however many runs share the value
            errors.add(e);
        }
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public int size() {
        return errors.size();
    }

    /** Throws a {@link SpecException} with all errors, in file order, when there is any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            List<SpecError> sorted = new ArrayList<>(errors);
            sorted.sort(Comparator.comparing((SpecError e) -> e.location().source().startsWith("--set"))
                    .thenComparing(e -> e.location().source())
                    .thenComparingInt(e -> e.location().line())
                    .thenComparingInt(e -> e.location().column()));
            throw new SpecException(sorted);
        }
    }
}
