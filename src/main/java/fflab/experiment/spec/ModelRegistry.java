package fflab.experiment.spec;

import fflab.family.Families;
import fflab.model.ModelKind;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The model families a spec may name under {@code models:}, by their id (ff-mlp, bp-mlp, ff-cnn, bp-cnn). */
public final class ModelRegistry {
    private static final ModelRegistry STANDARD =
            new ModelRegistry(Families.all().stream().map(ModelFamily::new).toList());

    private final Map<String, ModelFamily> families = new LinkedHashMap<>();

    public ModelRegistry(List<ModelFamily> families) {
        families.forEach(f -> this.families.put(f.kind().id(), f));
    }

    public static ModelRegistry standard() {
        return STANDARD;
    }

    public ModelFamily get(String id) {
        return families.get(id);
    }

    public ModelFamily get(ModelKind kind) {
        return families.get(kind.id());
    }

    public Set<String> ids() {
        return Collections.unmodifiableSet(families.keySet());
    }
}
