package fflab.model.tribuo;

import java.util.List;
import java.util.Map;

/**
 * The metrics Tribuo's {@code LabelEvaluator} computes on one split, plus the accuracy of each FF
 * layer alone (empty for BP).
 *
 * @param confusion counts, rows are true labels, columns predicted labels, in class order
 */
public record TestMetrics(String split, int n, double accuracy, double macroF1, double macroPrecision,
                          double macroRecall, double balancedErrorRate, Map<String, ClassMetrics> perClass,
                          List<List<Long>> confusion, List<Double> layerAccuracy) {}
