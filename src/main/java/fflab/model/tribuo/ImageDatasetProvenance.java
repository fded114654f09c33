package fflab.model.tribuo;

import com.oracle.labs.mlrg.olcut.provenance.ListProvenance;
import org.tribuo.provenance.DataProvenance;
import org.tribuo.provenance.DatasetProvenance;

/**
 * Tribuo's dataset provenance for images fflab feeds to a trainer as dense ND4J arrays, without
 * building a Tribuo {@code Dataset} (which would hold 50,000 x 784 boxed features).
 */
final class ImageDatasetProvenance extends DatasetProvenance {
    private static final long serialVersionUID = 1L;

    ImageDatasetProvenance(DataProvenance source, int examples, int features, int outputs) {
        super(source, new ListProvenance<>(), "fflab.data.ImageSet", true, false, examples, features, outputs);
    }
}
