package fflab.cnn;

import fflab.model.Classifier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fflab.FflabException;
import fflab.cli.Main;
import fflab.option.RecordBuilder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Bad CNN options are refused with the option's name and the allowed values. */
class CnnConfigTest {

    @Test
    @DisplayName("FF-CNN: even kernels, empty or zero filters, K out of range and impossible combinations")
    void ffCnnOptions() {
        RecordBuilder<FFCnnConfig> ok = FFCnnConfig.cpu().toBuilder();
        assertRefused(() -> ok.set(FFCnnConfig::kernel, 4).build(), "ff-cnn option kernel: expected an odd size >= 1");
        assertRefused(() -> FFCnnConfig.cpu().toBuilder()
                .set(FFCnnConfig::filters, List.of()).build(), "filters: expected at least one");
        assertRefused(() -> FFCnnConfig.cpu().toBuilder()
                .set(FFCnnConfig::filters, List.of(8, 0)).build(), "filters: expected every");
        assertRefused(() -> FFCnnConfig.cpu().toBuilder().set(FFCnnConfig::blend, Blend.MIX)
                .set(FFCnnConfig::labelIntensity, 1.5).build(),
                "label-intensity: expected in (0, 1) with blend mix, got 1.5");
        assertRefused(() -> FFCnnConfig.cpu().toBuilder()
                .set(FFCnnConfig::labelIntensity, -1).build(), "label-intensity: expected > 0");
        assertRefused(() -> FFCnnConfig.cpu().toBuilder()
                .set(FFCnnConfig::batchSize, 0).build(), "batch-size: expected > 0");
        assertRefused(() -> FFCnnConfig.cpu().toBuilder().set(FFCnnConfig::classifier, Classifier.LINEAR)
                .set(FFCnnConfig::readoutEpochs, 0).build(),
                "readout-epochs");
        assertRefused(() -> FFCnnConfig.cpu().toBuilder().set(FFCnnConfig::filters, List.of(8))
                .set(FFCnnConfig::skipFirstLayerInPrediction, true).build(),
                "skip-first-layer");
        assertRefused(() -> FFCnnConfig.cpu().toBuilder().set(FFCnnConfig::filters, List.of(2, 2, 2, 2, 2, 2)).build(),
                "pooling: 6 layers pool a 28x28 image to nothing");
        assertRefused(() -> FFCnnConfig.cpu().toBuilder().set(FFCnnConfig::epochs, -1).build(), "epochs: expected > 0");
        assertRefused(() -> FFCnnConfig.cpu().toBuilder().set(FFCnnConfig::epochs, 0)
                .set(FFCnnConfig::classifier, Classifier.GOODNESS).build(),
                "0, the untrained control, needs the linear classifier");
        assertThat(FFCnnConfig.cpu().toBuilder().set(FFCnnConfig::epochs, 0).build().epochs()).isZero();
    }

    @Test
    @DisplayName("BP-CNN: the same stack checks")
    void bpCnnOptions() {
        assertRefused(() -> BPCnnConfig.cpu().toBuilder()
                .set(BPCnnConfig::kernel, 2).build(), "bp-cnn option kernel: expected an odd size");
        assertRefused(() -> BPCnnConfig.cpu().toBuilder()
                .set(BPCnnConfig::learningRate, 0).build(), "learning-rate: expected > 0");
        assertThat(BPCnnConfig.twinOf(FFCnnConfig.cpu(), 1e-3, 3, 50).stack()).isEqualTo(FFCnnConfig.cpu().stack());
    }

    @Test
    @DisplayName("fflab train --model ff-cnn --kernel 4 fails with the option's message")
    void commandLine() {
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("train", "--model", "ff-cnn", "--kernel", "4");
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("ff-cnn option kernel: expected an odd size >= 1 ('same' padding), got 4");
    }

    private static void assertRefused(Runnable build, String message) {
        assertThatThrownBy(build::run).isInstanceOf(FflabException.class).hasMessageContaining(message);
    }
}
