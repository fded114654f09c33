package fflab.model.tribuo;

import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.IntProvenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.LongProvenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.StringProvenance;
import com.oracle.labs.mlrg.olcut.util.Pair;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.tribuo.provenance.DataSourceProvenance;

/**
 * Where a set of images came from, for Tribuo's provenance: dataset, split, size, seed of the
 * split and the SHA-256 of every file read.
 */
public final class ImageDataProvenance implements DataSourceProvenance {
    private static final long serialVersionUID = 1L;

    private final String dataset;
    private final String split;
    private final int size;
    private final long seed;
    private final Map<String, String> sha256;

    public ImageDataProvenance(String dataset, String split, int size, long seed, Map<String, String> sha256) {
        this.dataset = dataset;
        this.split = split;
        this.size = size;
        this.seed = seed;
        this.sha256 = new TreeMap<>(sha256);
    }

    public String dataset() {
        return dataset;
    }

    public String split() {
        return split;
    }

    @Override
    public String getClassName() {
        return "fflab.data.ImageSet";
    }

    @Override
    public Iterator<Pair<String, Provenance>> iterator() {
        List<Pair<String, Provenance>> fields = new ArrayList<>();
        fields.add(new Pair<>(CLASS_NAME, new StringProvenance(CLASS_NAME, getClassName())));
        fields.add(new Pair<>("dataset", new StringProvenance("dataset", dataset)));
        fields.add(new Pair<>("split", new StringProvenance("split", split)));
        fields.add(new Pair<>("size", new IntProvenance("size", size)));
        fields.add(new Pair<>("split-seed", new LongProvenance("split-seed", seed)));
        sha256.forEach((file, hash) -> fields.add(new Pair<>("sha256:" + file, new StringProvenance("sha256:" + file, hash))));
        return fields.iterator();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImageDataProvenance p && p.dataset.equals(dataset) && p.split.equals(split)
                && p.size == size && p.seed == seed && p.sha256.equals(sha256);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dataset, split, size, seed, sha256);
    }

    @Override
    public String toString() {
        return generateString("ImageData");
    }
}
