package fflab.claims;

import fflab.stats.Interval;
import fflab.util.EnumId;

/** How a measurement is held against a claim; each states itself for the page. */
public enum Rule implements EnumId {
    /** The paper's number lies in the 95 % interval of the mean, or within the threshold of the mean. */
    CLOSE_TO("the paper's number lies in fflab's 95 % interval or within the threshold of fflab's mean") {
        @Override
        Verdict judge(double mean, Interval ci, Double paperValue, double threshold) {
            if (paperValue == null) {
                return Verdict.NOT_COMPARABLE;
            }
            return ci.contains(paperValue) || Math.abs(mean - paperValue) <= threshold ? Verdict.REPRODUCED
                    : Verdict.NOT_REPRODUCED;
        }
    },
    /** The whole 95 % interval lies above the threshold. */
    ABOVE("fflab's whole 95 % interval lies above the threshold") {
        @Override
        Verdict judge(double mean, Interval ci, Double paperValue, double threshold) {
            return ci.lower() > threshold ? Verdict.REPRODUCED : Verdict.NOT_REPRODUCED;
        }
    },
    /** The whole 95 % interval lies within [-threshold, threshold]. */
    WITHIN("fflab's whole 95 % interval lies within \u00b1 the threshold") {
        @Override
        Verdict judge(double mean, Interval ci, Double paperValue, double threshold) {
            return ci.lower() >= -threshold && ci.upper() <= threshold ? Verdict.REPRODUCED : Verdict.NOT_REPRODUCED;
        }
    };

    private final String description;

    Rule(String description) {
        this.description = description;
    }

    /** @param ci a defined interval (the caller handles too few seeds) */
    abstract Verdict judge(double mean, Interval ci, Double paperValue, double threshold);

    /** When the rule says reproduced, for the page. */
    String describe() {
        return description;
    }

    /** The rule of a claims file's id (e.g. close-to), or null. */
    public static Rule of(String id) {
        return EnumId.find(values(), id).orElse(null);
    }
}
