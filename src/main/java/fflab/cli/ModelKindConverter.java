package fflab.cli;

import fflab.FflabException;
import fflab.model.ModelKind;
import picocli.CommandLine;

final class ModelKindConverter implements CommandLine.ITypeConverter<ModelKind> {
    @Override
    public ModelKind convert(String value) {
        try {
            return ModelKind.parse(value);
        } catch (FflabException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
