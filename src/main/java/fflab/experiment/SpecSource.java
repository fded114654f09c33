package fflab.experiment;

import java.util.List;

/**
 * What a sweep ran, exactly: the spec file's text as read, where it was, and every {@code --set}
 * in order. The results folder keeps a copy, so that a run can be redone without the checkout.
 *
 * @param file the spec file's absolute path when the sweep ran
 */
public record SpecSource(String file, String text, List<String> sets) {
    public SpecSource {
        sets = List.copyOf(sets);
    }

    /** The SHA-256 of the text, in hex. */
    public String sha256() {
        return RunId.sha256Hex(text);
    }

    /** The copy's file name under the experiment's {@code specs/} folder: one per distinct text. */
    public String copyName() {
        return sha256().substring(0, RunId.HEX_DIGITS) + ".yaml";
    }
}
