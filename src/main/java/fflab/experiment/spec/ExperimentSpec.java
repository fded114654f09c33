package fflab.experiment.spec;

import java.util.List;

/**
 * A validated experiment: every option has a value (given or default), and options given as
 * lists are sweep axes. {@link fflab.experiment.SweepExpansion} turns it into runs.
 *
 * @param source the spec file, as named in messages
 * @param parameters options common to all models first (dataset, seed, data, saliency), then each model's
 * @param models the model ids under {@code models:}, in spec order
 * @param zips groups of axis paths that vary together
 * @param saliency whether the spec has a {@code saliency:} block (the ADS step runs after training)
 * @param scale the scale chosen from the spec's {@code scales:}, or "" when it has none
 * @param errors the field errors found so far (options missing from {@code parameters} did not read);
 *               the expansion adds the checks that span fields and throws them all together
 */
public record ExperimentSpec(String name, String description, String source, List<Parameter> parameters,
                             List<String> models, List<List<String>> zips, List<Exclusion> excludes,
                             boolean saliency, String scale, SpecErrors errors) {
    public ExperimentSpec {
        parameters = List.copyOf(parameters);
        models = List.copyOf(models);
        zips = zips.stream().map(List::copyOf).toList();
        excludes = List.copyOf(excludes);
    }

    /** The options that apply to runs of {@code model}: the common ones, then the model's own. */
    public List<Parameter> parametersOf(String model) {
        return parameters.stream().filter(p -> p.model() == null || p.model().equals(model)).toList();
    }

    public List<Parameter> axes() {
        return parameters.stream().filter(Parameter::axis).toList();
    }
}
