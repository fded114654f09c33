package fflab.experiment.spec;

import java.util.List;

/**
 * One option of a validated spec with its value or, for a sweep axis, its values.
 *
 * @param path full field path, e.g. {@code seed}, {@code data.train_limit}, {@code models.ff-mlp.theta}
 * @param type the type of one value
 * @param values one value, or the axis' values in order
 * @param locations where each value was written (the enclosing block for a default)
 * @param axis true when the spec gave a list of values to sweep over
 */
public record Parameter(String path, ValueType type, List<Object> values, List<Location> locations, boolean axis) {
    public Parameter {
        values = List.copyOf(values);
        locations = List.copyOf(locations);
    }

    public static Parameter single(String path, ValueType type, Object value, Location location) {
        return new Parameter(path, type, List.of(value), List.of(location), false);
    }

    /** The model id for a {@code models.<id>.<option>} path, or null for a path common to all models. */
    public String model() {
        return modelOf(path);
    }

    /** The option key: the last part of the path. */
    public String key() {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    public static String modelOf(String path) {
        if (!path.startsWith(SpecSchema.MODELS + ".")) {
            return null;
        }
        String rest = path.substring(SpecSchema.MODELS.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
