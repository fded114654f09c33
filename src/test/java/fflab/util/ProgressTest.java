package fflab.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Progress display")
class ProgressTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong clock = new AtomicLong();

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private Progress plain(String task, long total) {
        return new Progress(new PlainProgressLines(task, total, err, clock::get, Duration.ofSeconds(10)));
    }

    private void advanceSeconds(long s) {
        clock.addAndGet(Duration.ofSeconds(s).toNanos());
    }

    @Test
    void plainLinesAtMostEveryTenSecondsAndAtCompletion() {
        try (Progress progress = plain("train", 100)) {
            advanceSeconds(4);
            progress.stepBy(10); // 4 s: too early for a line
            advanceSeconds(8);
            progress.stepBy(30); // 12 s: a line
            advanceSeconds(1);
            progress.step(); // 13 s: too early again
            advanceSeconds(5);
            progress.stepBy(59); // 18 s, 100 %: always a line
        }
        assertThat(output()).isEqualTo(String.format(
                "train: 40/100 (40%%) elapsed 12s eta 18s%n"
                + "train: 100/100 (100%%) elapsed 18s eta 0s%n"));
    }

    @Test
    void closeShowsProgressNotYetShownAndExtraMessage() {
        Progress progress = plain("eval", 50);
        progress.setExtraMessage("acc 0.91");
        advanceSeconds(3);
        progress.stepBy(20);
        progress.close();
        progress.close(); // idempotent
        progress.step(); // after close: ignored
        assertThat(output()).isEqualTo(String.format("eval: 20/50 (40%%) elapsed 3s eta 5s acc 0.91%n"));
    }

    @Test
    void unknownTotalShowsCountAndElapsedOnly() {
        try (Progress progress = plain("read", 0)) {
            advanceSeconds(75);
            progress.stepBy(7);
        }
        assertThat(output()).isEqualTo(String.format("read: 7 elapsed 1m15s%n"));
    }

    @Test
    void nothingDoneNothingPrinted() {
        plain("idle", 10).close();
        assertThat(output()).isEmpty();
    }

    @Test
    void durationsReadNaturally() {
        assertThat(PlainProgressLines.format(Duration.ofMillis(400).toNanos())).isEqualTo("0s");
        assertThat(PlainProgressLines.format(Duration.ofSeconds(59).toNanos())).isEqualTo("59s");
        assertThat(PlainProgressLines.format(Duration.ofSeconds(185).toNanos())).isEqualTo("3m05s");
        assertThat(PlainProgressLines.format(Duration.ofMinutes(127).toNanos())).isEqualTo("2h07m");
    }

    @Test
    void modeFollowsEnvironmentAndTerminal() {
        assertThat(Progress.display("t", 5, "off", true, err)).isSameAs(ProgressDisplay.NONE);
        assertThat(Progress.display("t", 5, "plain", true, err)).isInstanceOf(PlainProgressLines.class);
        assertThat(Progress.display("t", 5, null, false, err)).isInstanceOf(PlainProgressLines.class);
    }

    @Test
    void offPrintsNothing() {
        try (Progress progress = new Progress(Progress.display("t", 5, "OFF", false, err))) {
            progress.stepBy(5);
        }
        assertThat(output()).isEmpty();
    }

    @Test
    void terminalBarWorksWithoutATerminal() {
        try (Progress progress = new Progress(new TerminalProgressBar("bar", 4, err, 80))) {
            progress.setExtraMessage("loss 0.1");
            progress.stepBy(4);
        }
        assertThat(output()).contains("bar", "100%", "4/4", "loss 0.1");
    }
}
