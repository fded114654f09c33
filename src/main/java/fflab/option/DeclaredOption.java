package fflab.option;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * One declared option: its {@link Opt}, the record component it sets and its default, normalised
 * as specs read values (integers as Long, other numbers as Double, choices as their spec id,
 * lists of integers as lists of Long).
 */
public record DeclaredOption(Opt opt, RecordComponent component, Object defaultValue) {

    public String name() {
        return opt.name();
    }

    /** The command-line flag, {@code --learning-rate} for {@code learning_rate}. */
    public String flag() {
        return "--" + opt.name().replace('_', '-');
    }

    /** The Java type of one value (for a list: of the list). */
    public Class<?> type() {
        return component.getType();
    }

    public boolean isList() {
        return type() == List.class;
    }

    /** The element type of a list option. */
    public Class<?> elementType() {
        return (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
    }

    /** The value an absent option means: {@link Opt#sinceDefault} when declared, else the default. */
    public Object absentValue() {
        return opt.sinceDefault().isEmpty() ? defaultValue : Values.parseLike(defaultValue, opt.sinceDefault());
    }
}
