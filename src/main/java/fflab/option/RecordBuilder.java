package fflab.option;

import java.io.Serializable;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * Copy-and-change of a config record, one builder for every record:
 * {@code config.toBuilder().set(FFConfig::epochs, 2).build()}; {@link #build} runs the record's
 * constructor (and so its checks).
 */
public final class RecordBuilder<C extends Record> {
    private final Class<C> type;
    private final List<String> names;
    private final Object[] values;

    /**
     * A record's accessor as a method reference, e.g. {@code FFConfig::epochs}: it names the component
     * to change and fixes the value's type. Serializable so that its method name can be read.
     */
    @FunctionalInterface
    public interface Component<C, T> extends Serializable {
        T of(C record);
    }

    @SuppressWarnings("unchecked")
    private RecordBuilder(C from) {
        this.type = (Class<C>) from.getClass();
        RecordComponent[] components = type.getRecordComponents();
        this.names = Arrays.stream(components).map(RecordComponent::getName).toList();
        this.values = Arrays.stream(components).map(c -> Records.get(c, from)).toArray();
    }

    public static <C extends Record> RecordBuilder<C> from(C record) {
        return new RecordBuilder<>(record);
    }

    public <T> RecordBuilder<C> set(Component<C, T> component, T value) {
        String name = nameOf(component);
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no component " + name);
        }
        values[i] = value;
        return this;
    }

    public C build() {
        return Records.create(type, values.clone());
    }

    /** The accessor's name, read from the method reference's serialized form. */
    private static String nameOf(Component<?, ?> component) {
        try {
            Method replace = component.getClass().getDeclaredMethod("writeReplace");
            replace.setAccessible(true);
            return ((SerializedLambda) replace.invoke(component)).getImplMethodName();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("not a method reference to a record accessor: " + component, e);
        }
    }
}
