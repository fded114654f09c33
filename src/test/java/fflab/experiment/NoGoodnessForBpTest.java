package fflab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import fflab.experiment.sweep.RunLog;
import fflab.io.Csv;
import fflab.train.History;
import fflab.train.LayerEpoch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("history.csv and run.log show only what a model has: no FF goodness for BP")
class NoGoodnessForBpTest {
    @TempDir
    Path dir;

    @Test
    void bpHistoryHasNoGoodnessColumnsAndItsLogNoGoodness() throws Exception {
        LayerEpoch bp = new LayerEpoch("all", 1, 0, 0.5, Double.NaN, Double.NaN, 1.25);
        History history = new History();
        history.epochFinished(bp);
        history.write(dir);
        List<Map<String, String>> rows = Csv.read(dir.resolve(History.EPOCHS_FILE));
        assertThat(rows.get(0).keySet()).containsExactly("stage", "epoch", "layer", "loss", "seconds");
        assertThat(Files.readString(dir.resolve(History.EPOCHS_FILE))).doesNotContainIgnoringCase("nan");

        Path log = dir.resolve("run.log");
        try (RunLog runLog = RunLog.open(log)) {
            runLog.epochFinished(bp);
        }
        assertThat(Files.readString(log)).contains("all epoch 1 layer 0 loss 0.50000 (1.25 s)")
                .doesNotContain("g+").doesNotContainIgnoringCase("nan");
    }

    @Test
    void ffHistoryKeepsGoodnessAndLeavesTheReadoutRowsEmpty() {
        History history = new History();
        history.epochFinished(new LayerEpoch("layer-1", 1, 1, 0.7, 3.5, 1.25, 2.0));
        history.epochFinished(new LayerEpoch("readout", 1, 0, 0.4, Double.NaN, Double.NaN, 0.5));
        history.write(dir);
        List<Map<String, String>> rows = Csv.read(dir.resolve(History.EPOCHS_FILE));
        assertThat(rows.get(0)).containsEntry("g_pos", "3.5").containsEntry("g_neg", "1.25");
        assertThat(rows.get(1)).containsEntry("g_pos", "").containsEntry("g_neg", "").containsEntry("loss", "0.4");
    }
}
