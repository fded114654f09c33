package fflab.cli;

import fflab.FflabException;
import fflab.data.DatasetId;
import fflab.model.ModelKind;
import java.util.function.Function;
import picocli.CommandLine;

/** An option value read by its type's own parse method; that method's message becomes picocli's usage error. */
class ParsedValue<T> implements CommandLine.ITypeConverter<T> {
    private final Function<String, T> parse;

    ParsedValue(Function<String, T> parse) {
        this.parse = parse;
    }

    @Override
    public T convert(String value) {
        try {
            return parse.apply(value);
        } catch (FflabException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    static final class Dataset extends ParsedValue<DatasetId> {
        Dataset() {
            super(DatasetId::parse);
        }
    }

    static final class Model extends ParsedValue<ModelKind> {
        Model() {
            super(ModelKind::parse);
        }
    }
}
