package fflab.cli;

import fflab.stats.Correction;
import picocli.CommandLine;

/** A {@code --correction} value: holm or bh; "none" is refused, as the families of tests are always corrected. */
final class CorrectionConverter implements CommandLine.ITypeConverter<Correction> {
    @Override
    public Correction convert(String value) {
        Correction c;
        try {
            c = Correction.parse(value);
        } catch (IllegalArgumentException e) {
            c = Correction.NONE;
        }
        if (c == Correction.NONE) {
            throw new CommandLine.TypeConversionException("expected holm or bh, got '" + value + "'");
        }
        return c;
    }
}
