package fflab.option;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * Copy-and-change of a config record: a typed builder's setters call {@link #set} with the
 * component's name, and {@link #build} runs the record's constructor (and so its checks).
 */
public abstract class RecordBuilder<C extends Record, B extends RecordBuilder<C, B>> {
    private final Class<C> type;
    private final List<String> names;
    private final Object[] values;

    @SuppressWarnings("unchecked")
    protected RecordBuilder(C from) {
        this.type = (Class<C>) from.getClass();
        RecordComponent[] components = type.getRecordComponents();
        this.names = Arrays.stream(components).map(RecordComponent::getName).toList();
        this.values = Arrays.stream(components).map(c -> Records.get(c, from)).toArray();
    }

    @SuppressWarnings("unchecked")
    protected B set(String component, Object value) {
        int i = names.indexOf(component);
        if (i < 0) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no component " + component);
        }
        values[i] = value;
        return (B) this;
    }

    public C build() {
        return Records.create(type, values.clone());
    }

    /** {@code record} with one component changed. */
    public static <C extends Record> C with(C record, String component, Object value) {
        return new Any<>(record).set(component, value).build();
    }

    private static final class Any<C extends Record> extends RecordBuilder<C, Any<C>> {
        Any(C from) {
            super(from);
        }
    }
}
