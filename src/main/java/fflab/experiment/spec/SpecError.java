package fflab.experiment.spec;

/**
 * One thing wrong with a spec: where, which field, and what is expected. Printed as
 * {@code experiments/x.yaml:12:5 sweep.theta[2]: expected a number > 0, got "two"}.
 *
 * @param path the field path, e.g. {@code models.ff-mlp.hidden[1]}; empty for the whole file
 */
public record SpecError(Location location, String path, String message) {

    @Override
    public String toString() {
        return location + " " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
