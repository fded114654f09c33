package fflab.experiment.spec;

/**
 * Where a value was written: a spec file or a {@code --set} override, with its line and column
 * (both from 1). Shown as {@code source:line:col} in error messages, or as the source alone when
 * there is no line (line 0), e.g. {@code --set[2]} for the second override's key.
 */
public record Location(String source, int line, int column) {

    public static Location of(String source) {
        return new Location(source, 0, 0);
    }

    @Override
    public String toString() {
        return line == 0 ? source : source + ":" + line + ":" + column;
    }
}
