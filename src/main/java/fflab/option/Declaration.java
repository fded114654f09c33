package fflab.option;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The options of a config record, read from the {@link Opt}s on its components (every component
 * has one), with the defaults of a preset; converts between the record and its option values.
 */
public final class Declaration<C extends Record> {
    private final Class<C> type;
    private final List<DeclaredOption> options = new ArrayList<>();

    private Declaration(Class<C> type, C defaults) {
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        for (RecordComponent c : components) {
            Opt opt = declared(c);
            if (opt == null) {
                throw new IllegalStateException(type.getSimpleName() + "." + c.getName() + " has no @Opt");
            }
            options.add(new DeclaredOption(opt, c, Values.normalise(Records.get(c, defaults))));
        }
    }

    /** The component's {@link Opt}, or that of the shared declaration on it (see {@link SharedOpts}). */
    private static Opt declared(RecordComponent c) {
        Opt direct = c.getAnnotation(Opt.class);
        if (direct != null) {
            return direct;
        }
        for (Annotation a : c.getAnnotations()) {
            Opt shared = a.annotationType().getAnnotation(Opt.class);
            if (shared != null) {
                return shared;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    public static <C extends Record> Declaration<C> of(C defaults) {
        return new Declaration<>((Class<C>) defaults.getClass(), defaults);
    }

    public Class<C> type() {
        return type;
    }

    public List<DeclaredOption> options() {
        return List.copyOf(options);
    }

    public DeclaredOption option(String name) {
        return options.stream().filter(o -> o.name().equals(name)).findFirst().orElse(null);
    }

    /** Every option's value in {@code config}, normalised, in declaration order. */
    public Map<String, Object> values(C config) {
        Map<String, Object> values = new LinkedHashMap<>();
        options.forEach(o -> values.put(o.name(), Values.normalise(Records.get(o.component(), config))));
        return values;
    }

    /**
     * The config of normalised option values; an absent option takes its {@link DeclaredOption#absentValue()}.
     * The record's own checks throw their {@link fflab.FflabException}.
     */
    public C config(Map<String, Object> values) {
        return Records.create(type, options.stream()
                .map(o -> Values.toJava(values.getOrDefault(o.name(), o.absentValue()), o.type())).toArray());
    }

    /** The values with every option left out of a canonical config put back at its {@link DeclaredOption#absentValue()}. */
    public Map<String, Object> complete(Map<String, Object> values) {
        Map<String, Object> all = new LinkedHashMap<>();
        options.forEach(o -> all.put(o.name(), values.getOrDefault(o.name(), o.absentValue())));
        return all;
    }

    /** What a run id hashes: the values, less the options at their {@link Opt#sinceDefault}. */
    public Map<String, Object> canonical(Map<String, Object> values) {
        Map<String, Object> kept = new LinkedHashMap<>(values);
        options.stream().filter(o -> !o.opt().sinceDefault().isEmpty())
                .filter(o -> o.absentValue().equals(values.get(o.name())))
                .forEach(o -> kept.remove(o.name()));
        return kept;
    }

    /** The config's components by their Java names, as text (enum constants by name), for Tribuo's provenance. */
    public Map<String, String> provenance(C config) {
        Map<String, String> p = new TreeMap<>();
        options.forEach(o -> p.put(o.component().getName(), String.valueOf(Records.get(o.component(), config))));
        return p;
    }
}
