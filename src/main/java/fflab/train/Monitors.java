package fflab.train;

import fflab.predict.Predictor;
import fflab.util.Progress;
import java.util.List;

/** Combining monitors, and the progress bar monitor. */
public final class Monitors {
    private Monitors() {}

    public static TrainingMonitor all(TrainingMonitor... monitors) {
        List<TrainingMonitor> list = List.of(monitors);
        return new TrainingMonitor() {
            @Override
            public void started(String task, long totalEpochs) {
                list.forEach(m -> m.started(task, totalEpochs));
            }

            @Override
            public void epochFinished(LayerEpoch epoch) {
                list.forEach(m -> m.epochFinished(epoch));
            }

            @Override
            public void evaluate(String stage, int epoch, Predictor predictor) {
                list.forEach(m -> m.evaluate(stage, epoch, predictor));
            }

            @Override
            public void finished() {
                list.forEach(TrainingMonitor::finished);
            }
        };
    }

    /** A progress bar (stderr) counting layer-epochs, showing the latest loss. */
    public static TrainingMonitor progress(String label) {
        return new TrainingMonitor() {
            private Progress bar;

            @Override
            public void started(String task, long totalEpochs) {
                bar = Progress.start(label + " " + task, totalEpochs);
            }

            @Override
            public void epochFinished(LayerEpoch e) {
                if (bar != null) {
                    bar.setExtraMessage(String.format("%s epoch %d layer %d loss %.4f", e.stage(), e.epoch(), e.layer(),
                            e.loss()));
                    bar.step();
                }
            }

            @Override
            public void finished() {
                if (bar != null) {
                    bar.close();
                }
            }
        };
    }
}
