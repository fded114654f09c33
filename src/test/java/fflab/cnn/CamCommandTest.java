package fflab.cnn;

import static org.assertj.core.api.Assertions.assertThat;

import fflab.cli.Main;
import fflab.io.Npy;
import fflab.model.ModelStore;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CamCommandTest {

    @Test
    @DisplayName("fflab cam writes the overlays and the maps of a saved CNN and reports the mass on the ink")
    void writesMaps(@TempDir Path dir) throws IOException {
        ModelStore.save(SmallCnns.bp().classifier(), dir.resolve("model"));
        StringWriter out = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        int code = cl.execute("cam", "--model", dir.resolve("model").toString(), "--count", "10", "--out",
                dir.resolve("cam").toString());
        assertThat(code).isZero();
        assertThat(out.toString()).contains("bp-cnn: 10 maps of the predicted label").contains("share of map mass on the ink");
        assertThat(Npy.read(dir.resolve("cam/cams.npy")).shape()).containsExactly(10, 28, 28);
        BufferedImage png = ImageIO.read(dir.resolve("cam/cam.png").toFile());
        assertThat(png.getHeight()).isEqualTo(2 * (28 * 4 + 4));
    }
}
