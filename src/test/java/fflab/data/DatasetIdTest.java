package fflab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Dataset ids")
class DatasetIdTest {

    @Test
    void idsAreTheFolderNamesOfTheRealData() {
        for (DatasetId id : DatasetId.values()) {
            assertThat(RealData.file(id, DatasetFile.TEST_LABELS).getParent().getFileName().toString())
                    .isEqualTo(id.id());
        }
    }

    @Test
    void parseAcceptsIdsInAnyCase() {
        assertThat(DatasetId.parse("mnist")).isEqualTo(DatasetId.MNIST);
        assertThat(DatasetId.parse(" Fashion-MNIST ")).isEqualTo(DatasetId.FASHION_MNIST);
    }

    @Test
    void parseRejectsUnknownNamesListingTheAllowedOnes() {
        assertThatThrownBy(() -> DatasetId.parse("cifar10"))
                .isInstanceOf(DataException.class)
                .hasMessage("Unknown dataset 'cifar10'; allowed values: mnist, fashion-mnist");
        assertThatThrownBy(() -> DatasetId.parse(null)).isInstanceOf(DataException.class);
    }
}
