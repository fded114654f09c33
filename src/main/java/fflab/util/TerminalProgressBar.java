package fflab.util;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A live, self-redrawing ASCII bar with elapsed time and ETA, for interactive terminals. */
final class TerminalProgressBar implements ProgressDisplay {
    private static final int REDRAW_MILLIS = 1000;

    static {
        // progressbar 0.10.2 asks JLine for the jansi provider, which JLine 3.26 deprecates with a
        // warning on every first bar; the bar only needs the terminal width, so silence it.
        if (System.getProperty("org.jline.terminal.disableDeprecatedProviderWarning") == null) {
            System.setProperty("org.jline.terminal.disableDeprecatedProviderWarning", "true");
        }
    }

    private final ProgressBar bar;

    /**
     * @param width characters per line, or 0 to ask the terminal (through JLine) for its width
     */
    TerminalProgressBar(String task, long total, PrintStream out, int width) {
        ConsoleProgressBarConsumer consumer = width > 0 ? new ConsoleProgressBarConsumer(out, width)
                : new ConsoleProgressBarConsumer(out);
        bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total > 0 ? total : -1) // -1: unknown size, no ETA
                .setStyle(ProgressBarStyle.ASCII) // safe in every terminal encoding
                .setUpdateIntervalMillis(REDRAW_MILLIS)
                .continuousUpdate() // keep elapsed/ETA moving between steps
                .setConsumer(consumer)
                .build();
    }

    @Override
    public void update(long done) {
        bar.stepTo(done);
    }

    @Override
    public void setExtraMessage(String message) {
        bar.setExtraMessage(message == null ? "" : message);
    }

    @Override
    public void close(long done) {
        bar.stepTo(done);
        bar.close();
    }
}
