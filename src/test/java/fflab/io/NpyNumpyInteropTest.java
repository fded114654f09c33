package fflab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Checks against the real numpy.load / numpy.save; skipped where python3 has no numpy. */
@DisplayName(".npy files with the real numpy")
class NpyNumpyInteropTest {
    private static final String SCRIPT = """
            import json, sys
            import numpy as np
            out = {}
            for path in sys.argv[2:]:
                a = np.load(path)
                out[path] = {"dtype": a.dtype.str, "shape": list(a.shape), "values": a.ravel(order="C").tolist()}
            d = sys.argv[1]
            np.save(d + "/np_fortran.npy", np.asfortranarray(np.arange(6, dtype="<f4").reshape(2, 3)))
            np.save(d + "/np_bigendian.npy", np.arange(4, dtype=">i4") - 2)
            np.save(d + "/np_c.npy", np.linspace(0, 1, 24).reshape(2, 3, 4))
            print(json.dumps(out))
            """;

    @TempDir
    Path dir;

    @Test
    void numpyReadsOurFilesAndWeReadNumpys() throws Exception {
        assumeTrue(exitCode("python3", "-c", "import numpy") == 0, "python3 with numpy is not installed");

        Map<String, INDArray> written = new LinkedHashMap<>();
        written.put("f4.npy", Nd4j.rand(DataType.FLOAT, 2, 3).subi(0.5f));
        written.put("f8.npy", Nd4j.rand(DataType.DOUBLE, 4));
        written.put("i4.npy", Nd4j.arange(8).castTo(DataType.INT).subi(4).reshape(2, 2, 2));
        written.put("i8.npy", Nd4j.createFromArray(Long.MIN_VALUE, 0L, Long.MAX_VALUE));
        written.put("transposed.npy", Nd4j.arange(6).castTo(DataType.FLOAT).reshape(2, 3).transpose());
        String[] command = new String[3 + 1 + written.size()];
        command[0] = "python3";
        command[1] = "-c";
        command[2] = SCRIPT;
        command[3] = dir.toString();
        int i = 4;
        for (Map.Entry<String, INDArray> e : written.entrySet()) {
            Npy.write(dir.resolve(e.getKey()), e.getValue());
            command[i++] = dir.resolve(e.getKey()).toString();
        }

        JsonNode loaded = Json.mapper().readTree(run(command));

        for (Map.Entry<String, INDArray> e : written.entrySet()) {
            JsonNode seen = loaded.get(dir.resolve(e.getKey()).toString());
            INDArray expected = e.getValue();
            assertThat(seen.get("dtype").asText()).isEqualTo("<" + NpyDtype.of(expected.dataType()).orElseThrow().code());
            assertThat(Json.mapper().convertValue(seen.get("shape"), long[].class)).containsExactly(expected.shape());
            INDArray values = Nd4j.createFromArray(Json.mapper().convertValue(seen.get("values"), double[].class));
            if (expected.dataType() == DataType.LONG) { // beyond double precision: compare as text
                assertThat(seen.get("values").toString()).isEqualTo("[" + Long.MIN_VALUE + ",0," + Long.MAX_VALUE + "]");
            } else {
                assertThat(values.castTo(expected.dataType())).isEqualTo(expected.dup('c').reshape(expected.length()));
            }
        }
        assertThat(Npy.read(dir.resolve("np_fortran.npy"))).isEqualTo(Nd4j.arange(6).castTo(DataType.FLOAT).reshape(2, 3));
        assertThat(Npy.read(dir.resolve("np_bigendian.npy"))).isEqualTo(Nd4j.createFromArray(-2, -1, 0, 1));
        INDArray c = Npy.read(dir.resolve("np_c.npy"));
        assertThat(c.shape()).containsExactly(2, 3, 4);
        assertThat(c.getDouble(1, 2, 3)).isEqualTo(1.0);
        assertThat(c.getDouble(0, 0, 1)).isEqualTo(1.0 / 23);
    }

    private static int exitCode(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("python exit code").isZero();
        return out;
    }
}
