package fflab.model.tribuo;

import java.util.ArrayList;
import java.util.List;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.MutableFeatureMap;
import org.tribuo.MutableOutputInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;

/**
 * The Tribuo feature and label domains of an image classifier: pixel features named
 * {@code 000..783} (zero-padded, as Tribuo's own IDX reader names them, so that name order is
 * pixel order) and labels {@code "0".."9"}.
 */
public final class ImageDomain {
    public static final LabelFactory LABELS = new LabelFactory();

    private ImageDomain() {}

    public static String featureName(int pixel, int features) {
        int digits = Math.max(3, Integer.toString(features - 1).length());
        return String.format("%0" + digits + "d", pixel);
    }

    public static List<String> featureNames(int features) {
        List<String> names = new ArrayList<>(features);
        for (int i = 0; i < features; i++) {
            names.add(featureName(i, features));
        }
        return names;
    }

    public static ImmutableFeatureMap featureMap(int features) {
        MutableFeatureMap map = new MutableFeatureMap();
        for (String name : featureNames(features)) {
            map.add(name, 0.0);
            map.add(name, 1.0);
        }
        return new ImmutableFeatureMap(map);
    }

    public static ImmutableOutputInfo<Label> labelInfo(int classes) {
        MutableOutputInfo<Label> info = LABELS.generateInfo();
        for (int c = 0; c < classes; c++) {
            info.observe(label(c));
        }
        return info.generateImmutableOutputInfo();
    }

    public static Label label(int c) {
        return new Label(Integer.toString(c));
    }
}
