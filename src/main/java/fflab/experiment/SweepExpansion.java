package fflab.experiment;

import fflab.FflabException;
import fflab.experiment.spec.Exclusion;
import fflab.experiment.spec.ExperimentSpec;
import fflab.family.Conflict;
import fflab.experiment.spec.Location;
import fflab.experiment.spec.MemoryEstimate;
import fflab.experiment.spec.ModelFamily;
import fflab.experiment.spec.ModelRegistry;
import fflab.experiment.spec.Parameter;
import fflab.experiment.spec.SpecErrors;
import fflab.experiment.spec.SpecSchema;
import fflab.saliency.OcclusionGrid;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a validated spec into its runs. The whole sweep syntax lives here:
 * <ul>
 *   <li>Every option given as a list is an axis, and the runs are all combinations of the axes
 *       (a grid), per model: a model's option axes combine only with its own runs.</li>
 *   <li>An option whose single value is a list (hidden sizes, saliency filters) is an axis only
 *       when written as a list of lists: {@code hidden: [500, 500]} is one network,
 *       {@code hidden: [[500], [500, 500]]} two.</li>
 *   <li>{@code zip: [[a, b]]} makes axes a and b vary together (a[i] with b[i]) instead of forming
 *       a grid; zipped axes have the same length.</li>
 *   <li>{@code exclude: [{path: value(s), ...}]} drops every combination that matches all the
 *       entry's paths; {@code model: id} matches the model.</li>
 *   <li>Combinations with the same config run once. Combinations that differ only in their
 *       saliency options train one model, on which every one of those saliency outputs is
 *       computed. Runs are ordered seed first, then dataset, so that an interrupted sweep has
 *       whole seeds done.</li>
 * </ul>
 * Impossible combinations (e.g. skip_first_layer with one layer) are errors at the value's place.
 */
public final class SweepExpansion {
    /** Sweeps larger than this are refused unless {@code --max-runs} raises the limit: surely a mistake. */
    public static final int DEFAULT_MAX_RUNS = 1000;
    /** A run that needs more memory than this cannot run on any machine fflab is meant for. */
    static final double MEMORY_LIMIT_BYTES = 2.0 * (1L << 40);

    private final ExperimentSpec spec;
    private final ModelRegistry registry;
    private final int maxRuns;
    private final SpecErrors errors;
    private final SpecErrors warnings = new SpecErrors();

    private SweepExpansion(ExperimentSpec spec, ModelRegistry registry, int maxRuns) {
        this.spec = spec;
        this.registry = registry;
        this.maxRuns = maxRuns;
        this.errors = spec.errors();
    }

    /** @throws fflab.experiment.spec.SpecException listing every field error and impossible combination */
    public static Sweep expand(ExperimentSpec spec, ModelRegistry registry) {
        return expand(spec, registry, DEFAULT_MAX_RUNS);
    }

    /** As {@link #expand(ExperimentSpec, ModelRegistry)}, refusing sweeps of more than {@code maxRuns} runs. */
    public static Sweep expand(ExperimentSpec spec, ModelRegistry registry, int maxRuns) {
        return new SweepExpansion(spec, registry, maxRuns).expand();
    }

    /** One value of one parameter: which parameter, and which of its values. */
    private record Pick(Parameter parameter, int index) {
        Object value() {
            return parameter.values().get(index);
        }

        Location location() {
            return parameter.locations().get(index);
        }
    }

    private Sweep expand() {
        Map<RunId, PlannedRun> runs = new LinkedHashMap<>();
        int excluded = 0;
        int duplicates = 0;
        boolean fieldErrors = !errors.isEmpty();
        // a broken zip or exclude would expand to wrong combinations: only field errors are reported then
        boolean soundShape = !errors.anyAt(SpecSchema.ZIP) && !errors.anyAt(SpecSchema.EXCLUDE);
        for (String model : soundShape ? spec.models() : List.<String>of()) {
            if (!complete(model)) {
                continue; // an option did not read: its combinations cannot be checked
            }
            for (List<Pick> combination : combinations(dimensions(spec.parametersOf(model)))) {
                Map<String, Pick> picks = new LinkedHashMap<>();
                combination.forEach(p -> picks.put(p.parameter().path(), p));
                if (isExcluded(model, picks)) {
                    excluded++;
                    continue;
                }
                PlannedRun run = plan(model, picks);
                if (run == null) {
                    continue;
                }
                PlannedRun earlier = runs.putIfAbsent(run.id(), run);
                if (earlier != null) {
                    // the same training: one model, with every saliency request of the combinations
                    PlannedRun merged = run.saliency().stream().reduce(earlier, PlannedRun::with, (a, b) -> b);
                    if (merged == earlier) {
                        duplicates++;
                    }
                    runs.put(run.id(), merged);
                }
            }
        }
        if (!fieldErrors) {
            checkRunCount(runs.size(), excluded);
        }
        errors.throwIfAny();
        List<PlannedRun> ordered = new ArrayList<>(runs.values());
        ordered.sort(Comparator.comparingInt((PlannedRun r) -> position(SpecSchema.SEED, r.config().seed()))
                .thenComparingInt(r -> position(SpecSchema.DATASET, r.config().dataset())));
        return new Sweep(spec, ordered, excluded, duplicates, warnings.sorted());
    }

    /** True when every option of {@code model}'s runs read without error. */
    private boolean complete(String model) {
        List<String> paths = spec.parametersOf(model).stream().map(Parameter::path).toList();
        String prefix = SpecSchema.MODELS + "." + model + ".";
        boolean common = paths.contains(SpecSchema.DATASET) && paths.contains(SpecSchema.SEED)
                && SpecSchema.DATA_OPTIONS.keys().stream().allMatch(k -> paths.contains(SpecSchema.DATA + "." + k))
                && (!spec.saliency() || SpecSchema.SALIENCY_OPTIONS.keys().stream()
                        .allMatch(k -> paths.contains(SpecSchema.SALIENCY + "." + k)));
        return common && registry.get(model).options().keys().stream().allMatch(k -> paths.contains(prefix + k));
    }

    private void checkRunCount(int runs, int excluded) {
        Location file = new Location(spec.source(), 1, 1);
        if (runs == 0 && excluded > 0) {
            Location at = spec.excludes().isEmpty() ? file : spec.excludes().get(0).location();
            errors.add(at, SpecSchema.EXCLUDE, "excludes every combination (" + excluded + "), so the sweep has "
                    + "no runs");
        } else if (runs > maxRuns) {
            errors.add(file, "", "the sweep expands to " + runs + " runs, more than the limit of " + maxRuns
                    + " (surely a mistake? shrink an axis, or raise the limit with --max-runs " + runs + ")");
        }
    }

    /** The axes of one model's runs: each zip group is one dimension, every other parameter its own. */
    private List<List<List<Pick>>> dimensions(List<Parameter> parameters) {
        Map<String, Parameter> byPath = new LinkedHashMap<>();
        parameters.forEach(p -> byPath.put(p.path(), p));
        List<List<List<Pick>>> dimensions = new ArrayList<>();
        for (List<String> zip : spec.zips()) {
            List<Parameter> members = zip.stream().filter(byPath::containsKey).map(byPath::remove).toList();
            if (members.isEmpty()) {
                continue; // a zip of another model's axes
            }
            List<List<Pick>> rows = new ArrayList<>();
            for (int i = 0; i < members.get(0).values().size(); i++) {
                int index = i;
                rows.add(members.stream().map(p -> new Pick(p, index)).toList());
            }
            dimensions.add(rows);
        }
        for (Parameter p : byPath.values()) {
            List<List<Pick>> rows = new ArrayList<>();
            for (int i = 0; i < p.values().size(); i++) {
                rows.add(List.of(new Pick(p, i)));
            }
            dimensions.add(rows);
        }
        return dimensions;
    }

    /** The cartesian product of the dimensions, each combination flattened into its picks. */
    private static List<List<Pick>> combinations(List<List<List<Pick>>> dimensions) {
        List<List<Pick>> result = new ArrayList<>();
        result.add(List.of());
        for (List<List<Pick>> dimension : dimensions) {
            List<List<Pick>> next = new ArrayList<>(result.size() * dimension.size());
            for (List<Pick> prefix : result) {
                for (List<Pick> row : dimension) {
                    List<Pick> combined = new ArrayList<>(prefix);
                    combined.addAll(row);
                    next.add(combined);
                }
            }
            result = next;
        }
        return result;
    }

    private boolean isExcluded(String model, Map<String, Pick> picks) {
        for (Exclusion exclusion : spec.excludes()) {
            boolean all = true;
            for (Map.Entry<String, List<Object>> m : exclusion.match().entrySet()) {
                Object value = m.getKey().equals(SpecSchema.MODEL) ? model
                        : picks.containsKey(m.getKey()) ? picks.get(m.getKey()).value() : null;
                all &= value != null && m.getValue().contains(value);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private PlannedRun plan(String model, Map<String, Pick> picks) {
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, Object> options = new LinkedHashMap<>();
        Map<String, Object> saliency = spec.saliency() ? new LinkedHashMap<>() : null;
        Map<String, Object> axisValues = new LinkedHashMap<>();
        String modelPrefix = SpecSchema.MODELS + "." + model + ".";
        for (Pick pick : picks.values()) {
            String path = pick.parameter().path();
            String key = pick.parameter().key();
            if (path.startsWith(modelPrefix)) {
                options.put(key, pick.value());
            } else if (path.startsWith(SpecSchema.DATA + ".")) {
                data.put(key, pick.value());
            } else if (path.startsWith(SpecSchema.SALIENCY + ".")) {
                saliency.put(key, pick.value());
            }
            if (pick.parameter().axis() && !path.startsWith(SpecSchema.SALIENCY + ".")) {
                axisValues.put(path, pick.value()); // saliency axes name outputs of a run, not runs
            }
        }
        String dataset = (String) picks.get(SpecSchema.DATASET).value();
        long seed = (Long) picks.get(SpecSchema.SEED).value();
        RunConfig config = new RunConfig(model, dataset, seed, data, registry.get(model).canonical(options), null);
        if (!checked(config, saliency, picks, modelPrefix)) {
            return null;
        }
        return new PlannedRun(config.id(), config, axisValues,
                saliency == null ? List.of() : List.of(SaliencyRequest.of(saliency)));
    }

    /** Adds an error for every impossible combination in {@code config}; true when there is none. */
    private boolean checked(RunConfig config, Map<String, Object> saliency, Map<String, Pick> picks,
                            String modelPrefix) {
        int before = errors.size();
        int available = SpecSchema.TRAINING_FILE_IMAGES - config.validationSize();
        if (config.trainLimit() > available) {
            Pick limit = picks.get(SpecSchema.DATA + ".train_limit");
            errors.add(limit.location(), limit.parameter().path(), "train_limit " + config.trainLimit()
                    + " is more than the " + available + " training images left after validation_size "
                    + config.validationSize());
            return false;
        }
        ModelFamily family = registry.get(config.model());
        for (Conflict c : family.conflicts(config.options(), config.trainImages())) {
            Pick blamed = picks.get(modelPrefix + c.key());
            errors.add(blamed.location(), blamed.parameter().path(), c.message());
        }
        if (saliency != null) {
            occlusionFits(saliency, picks.get(SpecSchema.SALIENCY + ".stride"));
        }
        if (errors.size() == before) {
            Pick any = picks.get(modelPrefix + family.options().keys().iterator().next());
            try {
                // the config record's own checks, as a safety net
                memoryFits(config, family.memoryBytes(family.config(config.options()), config.trainImages()), any);
            } catch (FflabException e) {
                errors.add(any.location(), SpecSchema.MODELS + "." + config.model(), e.getMessage());
            }
        }
        return errors.size() == before;
    }

    /** Every filter size with the stride must occlude every pixel (the ADS step would fail after training). */
    @SuppressWarnings("unchecked")
    private void occlusionFits(Map<String, Object> saliency, Pick stride) {
        int side = SpecSchema.IMAGE_SIDE;
        int step = Math.toIntExact((Long) saliency.get("stride"));
        for (long size : (List<Long>) saliency.get("filters")) {
            int filter = Math.toIntExact(size);
            int gaps = new OcclusionGrid(side, side, filter, step, true).uncoveredPixels();
            if (gaps > 0) {
                errors.add(stride.location(), stride.parameter().path(), step + " with filter " + filter + " leaves "
                        + gaps + " of " + side * side + " pixels never occluded (strides that cover every pixel: "
                        + OcclusionGrid.allowedStrides(side, side, filter) + ")");
            }
        }
    }

    private void memoryFits(RunConfig config, double bytes, Pick modelOption) {
        String path = SpecSchema.MODELS + "." + config.model();
        String need = "needs at least " + MemoryEstimate.gigabytes(bytes) + " of memory (images, weights with "
                + "their optimiser state, one step's activations)";
        if (bytes > MEMORY_LIMIT_BYTES) {
            errors.add(modelOption.location(), path, need + ", more than the " + MemoryEstimate.gigabytes(
                    MEMORY_LIMIT_BYTES) + " any machine fflab runs on can allocate");
        } else if (bytes > MemoryEstimate.physicalBytes()) {
            warnings.add(modelOption.location(), path, need + ", more than the " + MemoryEstimate.gigabytes(
                    MemoryEstimate.physicalBytes()) + " of this machine");
        }
    }

    private int position(String path, Object value) {
        for (Parameter p : spec.parameters()) {
            if (p.path().equals(path)) {
                return p.values().indexOf(value);
            }
        }
        return 0;
    }
}
