package fflab.cli;

import fflab.FflabException;
import fflab.family.Families;
import fflab.family.Family;
import fflab.model.ModelKind;
import fflab.option.DeclaredOption;
import fflab.option.Values;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The model options of {@code fflab train}, generated from the families' declarations: one flag
 * per option name ({@code --learning-rate} for {@code learning_rate}, and the option's further
 * {@link fflab.option.Opt#flags}), documented with each family's default. An unset option keeps
 * the default of the chosen preset; an option the chosen model does not have is refused.
 */
final class ModelOptions {
    static final String PRESET = "--preset";

    private ModelOptions() {}

    /** Adds every family's options (by name, once) and {@code --preset} to {@code train}. */
    static void addTo(CommandSpec train) {
        Map<String, List<Family<?>>> owners = new LinkedHashMap<>();
        Map<String, DeclaredOption> first = new LinkedHashMap<>();
        for (Family<?> f : Families.all()) {
            for (DeclaredOption o : f.declaration().options()) {
                owners.computeIfAbsent(o.name(), k -> new ArrayList<>()).add(f);
                DeclaredOption seen = first.putIfAbsent(o.name(), o);
                if (seen != null && !seen.component().getGenericType().equals(o.component().getGenericType())) {
                    throw new IllegalStateException("option " + o.name() + " has two types: families must agree");
                }
            }
        }
        first.forEach((name, o) -> train.addOption(spec(o, owners.get(name))));
        train.addOption(OptionSpec.builder(PRESET, "--cnn-preset").type(String.class).paramLabel("NAME")
                .description("The preset whose options are the defaults: " + Families.all().stream()
                        .map(f -> f.kind() + ": " + String.join(", ", f.presets().keySet()))
                        .collect(Collectors.joining("; ")) + " (default: the first).").build());
    }

    private static OptionSpec spec(DeclaredOption o, List<Family<?>> owners) {
        List<String> names = new ArrayList<>(List.of(o.flag()));
        names.addAll(Arrays.asList(o.opt().flags()));
        OptionSpec.Builder b = OptionSpec.builder(names.toArray(String[]::new)).userObject(o.name());
        String allowed = "";
        if (o.isList()) {
            b.type(List.class).auxiliaryTypes(Integer.class).splitRegex(",").paramLabel("N");
        } else if (o.type() == boolean.class) {
            b.type(Boolean.class).arity("0").negatable(true);
        } else {
            b.type(boxed(o.type())).paramLabel(o.type().isEnum() ? "CHOICE" : "VALUE");
            if (o.type().isEnum()) {
                String ids = Arrays.stream(o.type().getEnumConstants()).map(e -> Values.id((Enum<?>) e))
                        .collect(Collectors.joining(", "));
                allowed = " One of " + ids + ".";
                b.converters(text -> enumConstant(o.type(), text, ids)); // spec ids: channel-wise, not CHANNEL_WISE
            }
        }
        String defaults = owners.stream()
                .map(f -> f.kind() + " " + show(f.declaration().option(o.name()).defaultValue()))
                .collect(Collectors.joining(", "));
        return b.description(capitalised(o.opt().doc()) + "." + allowed + " Default: " + defaults + ".").build();
    }

    /**
     * Adds the spec's data options ({@code data:} of a spec: validation_size, train_limit,
     * probe_train_size) to {@code train} as flags, from their one declaration in SpecSchema.
     */
    static void addDataOptionsTo(CommandSpec train) {
        for (fflab.experiment.spec.Option o : fflab.experiment.spec.SpecSchema.DATA_OPTIONS.options()) {
            train.addOption(OptionSpec.builder(dataFlag(o.key())).type(Integer.class).paramLabel("N")
                    .defaultValue(String.valueOf(o.defaultValue()))
                    .description(capitalised(o.help()) + " (default: ${DEFAULT-VALUE}).").build());
        }
    }

    /** The value of data option {@code key} (spec form, train_limit) on the command line, or its default. */
    static int dataOption(ParseResult parsed, String key) {
        return parsed.matchedOptionValue(dataFlag(key),
                Integer.valueOf(String.valueOf(fflab.experiment.spec.SpecSchema.DATA_OPTIONS.get(key).defaultValue())));
    }

    private static String dataFlag(String key) {
        return "--" + key.replace('_', '-');
    }

    /** The config of {@code kind}: its preset with the given options changed (the record checks the result). */
    static Object config(ParseResult parsed, ModelKind kind) {
        Family<Record> family = Families.get(kind);
        String presetName = parsed.matchedOptionValue(PRESET, null);
        Record preset = presetName == null ? family.defaults() : family.presets().get(presetName);
        if (preset == null) {
            throw new FflabException(PRESET + " " + presetName + ": " + kind + " has the presets "
                    + String.join(", ", family.presets().keySet()));
        }
        Map<String, Object> values = family.declaration().values(preset);
        List<String> foreign = new ArrayList<>();
        for (OptionSpec o : parsed.matchedOptions()) {
            if (o.userObject() instanceof String name) {
                if (family.declaration().option(name) == null) {
                    foreign.add(o.longestName());
                } else {
                    values.put(name, Values.normalise(o.getValue()));
                }
            }
        }
        if (!foreign.isEmpty()) {
            throw new FflabException(String.join(", ", foreign) + ": not an option of " + kind + " (its options: "
                    + family.declaration().options().stream().map(DeclaredOption::flag)
                    .collect(Collectors.joining(", ")) + ")");
        }
        return family.declaration().config(values);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String text, String ids) {
        try {
            return Values.enumValue((Class) type, text);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.TypeConversionException("expected one of " + ids + ", got '" + text + "'");
        }
    }

    private static Class<?> boxed(Class<?> type) {
        return type == int.class ? Integer.class : type == long.class ? Long.class
                : type == double.class ? Double.class : type;
    }

    private static String show(Object value) {
        return value instanceof List<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining(",")) : String.valueOf(value);
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
