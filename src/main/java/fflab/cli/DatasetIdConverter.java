package fflab.cli;

import fflab.data.DataException;
import fflab.data.DatasetId;
import picocli.CommandLine;

final class DatasetIdConverter implements CommandLine.ITypeConverter<DatasetId> {
    @Override
    public DatasetId convert(String value) {
        try {
            return DatasetId.parse(value);
        } catch (DataException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
