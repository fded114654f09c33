package fflab.option;

import java.util.List;
import java.util.Locale;

/** The normalised form of option values (as specs read them) and back to the Java types of config records. */
public final class Values {
    private Values() {}

    /** Spec id of an enum constant: lower case, '-' for '_'. */
    public static String id(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The enum constant a spec id names (the inverse of {@link #id}). */
    public static <E extends Enum<E>> E enumValue(Class<E> type, Object id) {
        return Enum.valueOf(type, id.toString().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** A record component's value in normalised form. */
    public static Object normalise(Object javaValue) {
        if (javaValue instanceof Integer i) {
            return i.longValue();
        }
        if (javaValue instanceof Enum<?> e) {
            return id(e);
        }
        if (javaValue instanceof List<?> list) {
            return list.stream().map(Values::normalise).toList();
        }
        return javaValue;
    }

    /** A normalised value as the Java type {@code type} of a record component. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Object toJava(Object value, Class<?> type) {
        if (type == int.class) {
            return Math.toIntExact((Long) value);
        }
        if (type.isEnum()) {
            return enumValue((Class) type, value);
        }
        if (type == List.class) {
            return ((List<Long>) value).stream().map(Math::toIntExact).toList();
        }
        return value; // long, double, boolean: already Long, Double, Boolean
    }

    /** {@code text} read as the same kind of value as {@code like} (for {@link Opt#sinceDefault}). */
    static Object parseLike(Object like, String text) {
        if (like instanceof Long) {
            return Long.parseLong(text);
        }
        if (like instanceof Double) {
            return Double.parseDouble(text);
        }
        if (like instanceof Boolean) {
            return Boolean.parseBoolean(text);
        }
        return text;
    }
}
