package fflab.cli;

import fflab.stats.Correction;
import fflab.util.EnumId;
import picocli.CommandLine;

/** Report's {@code --correction}: holm or bh; "none" is refused, as a report always corrects its families of tests. */
final class CorrectionConverter implements CommandLine.ITypeConverter<Correction> {
    @Override
    public Correction convert(String value) {
        return EnumId.find(Correction.adjusting(), value).orElseThrow(
                () -> new CommandLine.TypeConversionException("expected holm or bh, got '" + value + "'"));
    }
}
