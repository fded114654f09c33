package fflab.experiment.spec;

import fflab.family.Conflict;
import fflab.family.Family;
import fflab.model.ModelKind;
import fflab.option.DeclaredOption;
import fflab.option.Opt;
import fflab.option.OptionValues;
import java.util.List;
import java.util.Map;

/**
 * A model family as specs see it: the {@link Family}'s declared options as spec options with
 * their value types, and its config, checks and costs on spec values (normalised: Long, Double,
 * spec ids). Nothing here is written per family.
 */
public final class ModelFamily {
    private final Family<Record> family;
    private final OptionGroup options;

    @SuppressWarnings("unchecked")
    public ModelFamily(Family<?> family) {
        this.family = (Family<Record>) family;
        this.options = new OptionGroup(family.declaration().options().stream().map(ModelFamily::option).toList());
    }

    /** The spec option of a declared option: its value type follows from the Java type and {@link Opt}. */
    static Option option(DeclaredOption o) {
        return new Option(o.name(), valueType(o), o.defaultValue(), o.opt().doc(), o.opt().axis());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ValueType valueType(DeclaredOption o) {
        Opt opt = o.opt();
        Class<?> type = o.isList() ? o.elementType() : o.type();
        ValueType one;
        if (type == int.class || type == Integer.class) {
            long min = (long) opt.min();
            one = opt.odd() ? ValueType.oddSize(Math.toIntExact(opt.max()))
                    : opt.maxWhy().isEmpty() ? ValueType.integer(min) : ValueType.integer(min, opt.max(), opt.maxWhy());
        } else if (type == long.class) {
            return ValueType.longInteger((long) opt.min());
        } else if (type == double.class) {
            return Double.isInfinite(opt.min()) ? ValueType.anyNumber()
                    : ValueType.number(opt.min(), !opt.minExclusive());
        } else if (type == boolean.class) {
            return ValueType.bool();
        } else if (type.isEnum()) {
            return ValueType.choice((Class) type);
        } else {
            throw new IllegalStateException("option " + o.name() + ": no value type for " + type);
        }
        return o.isList() ? new ValueType.IntList((ValueType.IntType) one) : one;
    }

    public ModelKind kind() {
        return family.kind();
    }

    public Family<?> family() {
        return family;
    }

    public OptionGroup options() {
        return options;
    }

    /** The config record ({@code FFConfig}, {@code BPConfig}, ...) of complete option values. */
    public Object config(Map<String, Object> values) {
        return family.declaration().config(values);
    }

    /** The option values a run id hashes ({@link Opt#sinceDefault}). */
    public Map<String, Object> canonical(Map<String, Object> values) {
        return family.declaration().canonical(values);
    }

    /** Impossible combinations of complete option values, given the number of training images. */
    public List<Conflict> conflicts(Map<String, Object> values, int trainImages) {
        return family.conflicts(new OptionValues(family.declaration().complete(values)), trainImages);
    }

    public double trainingFlops(Object config, int trainImages) {
        return family.trainingFlops(family.cast(config), trainImages);
    }

    public long optimizerSteps(Object config, int trainImages) {
        return family.optimizerSteps(family.cast(config), trainImages);
    }

    public int accuracyProbes(Object config) {
        return family.accuracyProbes(family.cast(config));
    }

    public double predictionFlops(Object config, int images) {
        return family.predictionFlops(family.cast(config), images);
    }

    public double saliencyFlops(Object config, double pairs, int filter) {
        return family.saliencyFlops(family.cast(config), pairs, filter);
    }

    /** Bytes training surely needs (a lower bound), for the spec's size checks. */
    public double memoryBytes(Object config, int trainImages) {
        return family.memoryBytes(family.cast(config), trainImages);
    }
}
