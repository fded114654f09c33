package fflab.cli;

import fflab.data.DataException;
import fflab.data.DatasetId;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --dataset} option of the data subcommands: one dataset id, or {@code all}. */
final class DatasetOption {
    static final String ALL = "all";

    /** The datasets one option value stands for (a List-typed field would make picocli expect several values). */
    record Selection(List<DatasetId> ids) {
    }

    @Option(names = "--dataset", paramLabel = "ID", defaultValue = ALL, converter = SelectionConverter.class,
            description = "Dataset: mnist, fashion-mnist or all (default: ${DEFAULT-VALUE}).")
    private Selection selection;

    List<DatasetId> datasets() {
        return selection.ids();
    }

    static final class SelectionConverter implements ITypeConverter<Selection> {
        @Override
        public Selection convert(String value) {
            if (ALL.equalsIgnoreCase(value.trim())) {
                return new Selection(List.of(DatasetId.values()));
            }
            try {
                return new Selection(List.of(DatasetId.parse(value)));
            } catch (DataException e) {
                throw new TypeConversionException(e.getMessage() + ", " + ALL);
            }
        }
    }
}
