package fflab.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs FF and BP for the paired tests: on each dataset, every FF configuration meets every BP
 * configuration that agrees with it on the axes both models vary (say, hidden sizes swept for
 * both), and within such a pair of configurations runs are paired by seed. An axis that only one
 * model varies (theta) does not restrict the pairing.
 */
public final class FfBpPairing {
    private FfBpPairing() {
    }

    /** The comparisons, and sentences on what could not be compared. */
    public record Result(List<Comparison> comparisons, List<String> gaps) {
    }

    public static Result find(ExperimentResults results) {
        List<Comparison> comparisons = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (String dataset : results.datasets()) {
            List<RunGroup> ff = withMethod(results, dataset, TrainingMethod.FF);
            List<RunGroup> bp = withMethod(results, dataset, TrainingMethod.BP);
            if (ff.isEmpty() || bp.isEmpty()) {
                gaps.add(dataset + ": no " + (ff.isEmpty() ? "FF" : "BP") + " runs, so FF and BP are not compared.");
                continue;
            }
            for (RunGroup f : ff) {
                List<RunGroup> partners = bp.stream().filter(b -> agree(f, b)).toList();
                if (partners.isEmpty()) {
                    gaps.add(f.title() + ": no BP configuration with the same " + String.join(", ", shared(f, bp.get(0))
                            .stream().map(FlatConfig::shortName).toList()) + ".");
                }
                for (RunGroup b : partners) {
                    Comparison c = new Comparison(dataset, f, b, pairs(f, b), shared(f, b));
                    if (c.pairs().isEmpty()) {
                        gaps.add(c.title() + ": no seed has a finished run of both, so nothing is paired.");
                    }
                    comparisons.add(c);
                }
            }
        }
        return new Result(comparisons, gaps);
    }

    /**
     * On each dataset, every configuration of a model against that model's first configuration in
     * the sweep (the baseline of an ablation, or the trained model beside its control; the order of
     * runs.csv, else the report's order), runs paired by seed.
     */
    public static Result againstFirst(ExperimentResults results) {
        List<Comparison> comparisons = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        Map<String, Integer> sweepOrder = sweepOrder(results.experiment().dir().resolve("runs.csv"));
        java.util.Comparator<RunGroup> first = java.util.Comparator.comparingInt(g -> g.runs().stream()
                .mapToInt(r -> sweepOrder.getOrDefault(r.id(), Integer.MAX_VALUE)).min().orElse(Integer.MAX_VALUE));
        for (String dataset : results.datasets()) {
            Map<String, List<RunGroup>> byModel = new LinkedHashMap<>();
            results.groups(dataset).stream().sorted(first)
                    .forEach(g -> byModel.computeIfAbsent(g.model(), m -> new ArrayList<>()).add(g));
            for (List<RunGroup> groups : byModel.values()) {
                for (RunGroup variant : groups.subList(Math.min(1, groups.size()), groups.size())) {
                    Comparison c = new Comparison(dataset, variant, groups.get(0), pairs(variant, groups.get(0)),
                            List.of());
                    if (c.pairs().isEmpty()) {
                        gaps.add(c.title() + ": no seed has a finished run of both, so nothing is paired.");
                    }
                    comparisons.add(c);
                }
            }
        }
        return new Result(comparisons, gaps);
    }

    /** Run id to its row in the sweep's runs.csv (the sweep's order); empty without the file. */
    private static Map<String, Integer> sweepOrder(java.nio.file.Path runsCsv) {
        Map<String, Integer> order = new java.util.HashMap<>();
        if (java.nio.file.Files.isRegularFile(runsCsv)) {
            List<Map<String, String>> rows = fflab.io.Csv.read(runsCsv);
            for (int i = 0; i < rows.size(); i++) {
                order.putIfAbsent(rows.get(i).get("run_id"), i);
            }
        }
        return order;
    }

    private static List<RunGroup> withMethod(ExperimentResults results, String dataset, TrainingMethod method) {
        return results.groups(dataset).stream().filter(g -> g.method() == method).toList();
    }

    private static List<String> shared(RunGroup a, RunGroup b) {
        return a.axes().keySet().stream().filter(b.axes()::containsKey).toList();
    }

    private static boolean agree(RunGroup a, RunGroup b) {
        return shared(a, b).stream().allMatch(k -> a.axes().get(k).equals(b.axes().get(k)));
    }

    /** Finished runs with the same seed, in seed order; a repeated seed keeps its first run. */
    private static List<Comparison.RunPair> pairs(RunGroup ff, RunGroup bp) {
        Map<String, Run> bpBySeed = bySeed(bp.finished());
        List<Comparison.RunPair> pairs = new ArrayList<>();
        bySeed(ff.finished()).forEach((seed, run) -> {
            Run partner = bpBySeed.get(seed);
            if (partner != null) {
                pairs.add(new Comparison.RunPair(seed, run, partner));
            }
        });
        pairs.sort((x, y) -> AxisValues.ORDER.compare(x.seed(), y.seed()));
        return pairs;
    }

    private static Map<String, Run> bySeed(List<Run> runs) {
        Map<String, Run> bySeed = new LinkedHashMap<>();
        runs.forEach(r -> bySeed.putIfAbsent(r.seed(), r));
        return bySeed;
    }
}
