package fflab.family;

import fflab.model.ModelKind;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Every model family, in {@link ModelKind} order. Families register in
 * {@code META-INF/services/fflab.family.Family} (one line each), so that this package does not
 * depend on theirs.
 */
public final class Families {
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final List<Family<?>> ALL = (List) ServiceLoader.load(Family.class).stream()
            .map(ServiceLoader.Provider::get)
            .sorted(Comparator.comparing(f -> ((Family<?>) f).kind()))
            .toList();

    private Families() {}

    public static List<Family<?>> all() {
        return ALL;
    }

    @SuppressWarnings("unchecked")
    public static <C extends Record> Family<C> get(ModelKind kind) {
        return (Family<C>) ALL.stream().filter(f -> f.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("no family registered for " + kind));
    }
}
