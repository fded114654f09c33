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

    /** True when an error concerns the field {@code path} or a field inside it ({@code zip}, {@code zip[1]}, ...). */
    public boolean anyAt(String path) {
        return errors.stream().anyMatch(e -> e.path().equals(path) || e.path().startsWith(path + ".")
                || e.path().startsWith(path + "["));
    }

    public int size() {
        return errors.size();
    }

    /** Throws a {@link SpecException} with all errors, in file order, when there is any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new SpecException(sorted());
        }
    }

    /** The errors in file order, the overrides' last. */
    public List<SpecError> sorted() {
        List<SpecError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparing((SpecError e) -> e.location().source().startsWith("--set"))
                .thenComparing(e -> e.location().source())
                .thenComparingInt(e -> e.location().line())
                .thenComparingInt(e -> e.location().column()));
        return List.copyOf(sorted);
    }
}
