package fflab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Finding the data directory")
class DataDirectoryTest {
    private static final String LABELS = DatasetFile.TEST_LABELS.fileName();

    @TempDir
    Path tmp;

    @Test
    void searchOrderIsExplicitThenEnvironmentThenSharedThenData() {
        Path work = tmp.resolve("work");
        DataDirectory dir = DataDirectory.resolve(Path.of("mine"), Map.of("FFLAB_DATA", "/srv/datasets"), work);
        assertThat(dir.candidates()).containsExactly(
                work.resolve("mine"), Path.of("/srv/datasets"), tmp.resolve("shared/datasets"), work.resolve("data"));
        assertThat(dir.places()).extracting(DataDirectory.Place::origin)
                .containsExactly("--data-dir", "FFLAB_DATA", "../shared/datasets", "./data");
    }

    @Test
    void withoutExplicitFolderOrEnvironmentOnlyTheDefaultsAreSearched() {
        DataDirectory dir = DataDirectory.resolve(null, Map.of("FFLAB_DATA", "  "), tmp);
        assertThat(dir.candidates()).containsExactly(tmp.getParent().resolve("shared/datasets"), tmp.resolve("data"));
    }

    @Test
    void theFirstPlaceHoldingTheFileWins() {
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        // the working folder two levels down: ../shared/datasets stays inside this test's own folder,
        // wherever the checkout and the temp folder are (a real shared/datasets may sit beside tmp)
        Path work = tmp.resolve("checkout").resolve("work");
        DamagedFiles.write(second.resolve("mnist").resolve(LABELS), new byte[] {1});
        DataDirectory dir = DataDirectory.resolve(first, Map.of("FFLAB_DATA", second.toString()), work);
        assertThat(dir.candidates()).allMatch(p -> p.startsWith(tmp));
        assertThat(dir.file(DatasetId.MNIST, LABELS)).isEqualTo(second.resolve("mnist").resolve(LABELS));

        DamagedFiles.write(first.resolve("mnist").resolve(LABELS), new byte[] {2});
        assertThat(dir.file(DatasetId.MNIST, LABELS)).isEqualTo(first.resolve("mnist").resolve(LABELS));
        assertThat(dir.find(DatasetId.FASHION_MNIST, LABELS)).isEmpty();
    }

    @Test
    void missingFileListsEveryPlaceLookedAndTheFetchCommand() {
        Path work = tmp.resolve("work");
        DataDirectory dir = DataDirectory.resolve(tmp.resolve("explicit"), Map.of("FFLAB_DATA", "env-data"), work);
        assertThatThrownBy(() -> dir.file(DatasetId.FASHION_MNIST, LABELS))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith("Cannot find fashion-mnist/" + LABELS + ". Looked in:")
                .hasMessageContaining(tmp.resolve("explicit/fashion-mnist").resolve(LABELS) + "  (--data-dir)")
                .hasMessageContaining(work.resolve("env-data/fashion-mnist").resolve(LABELS) + "  (FFLAB_DATA)")
                .hasMessageContaining(tmp.resolve("shared/datasets/fashion-mnist").resolve(LABELS) + "  (../shared/datasets)")
                .hasMessageContaining(work.resolve("data/fashion-mnist").resolve(LABELS) + "  (./data)")
                .hasMessageContaining("fflab data fetch --dataset fashion-mnist --data-dir ./data");
    }

    @Test
    void theDefaultResolutionFindsTheRealData() {
        for (DatasetId id : DatasetId.values()) {
            for (DatasetFile f : DatasetFile.values()) {
                assertThat(DataDirectory.resolve(null).find(id, f.fileName())).isPresent();
            }
        }
    }
}
