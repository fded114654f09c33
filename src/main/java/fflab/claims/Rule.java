package fflab.claims;

import fflab.stats.Interval;

/** How a measurement is held against a claim; each states itself for the page. */
public enum Rule {
    /** The paper's number lies in the 95 % interval of the mean, or within the threshold of the mean. */
    CLOSE_TO("close-to") {
        @Override
        Verdict judge(double mean, Interval ci, Double paperValue, double threshold) {
            if (paperValue == null) {
                return Verdict.NOT_COMPARABLE;
            }
            return ci.contains(paperValue) || Math.abs(mean - paperValue) <= threshold ? Verdict.REPRODUCED
                    : Verdict.NOT_REPRODUCED;
        }

        @Override
        String describe() {
            return "the paper's number lies in fflab's 95 % interval or within the threshold of fflab's mean";
        }
    },
    /** The whole 95 % interval lies above the threshold. */
    ABOVE("above") {
        @Override
        Verdict judge(double mean, Interval ci, Double paperValue, double threshold) {
            return ci.lower() > threshold ? Verdict.REPRODUCED : Verdict.NOT_REPRODUCED;
        }

        @Override
        String describe() {
            return "fflab's whole 95 % interval lies above the threshold";
        }
    },
    /** The whole 95 % interval lies within [-threshold, threshold]. */
    WITHIN("within") {
        @Override
        Verdict judge(double mean, Interval ci, Double paperValue, double threshold) {
            return ci.lower() >= -threshold && ci.upper() <= threshold ? Verdict.REPRODUCED : Verdict.NOT_REPRODUCED;
        }

        @Override
        String describe() {
            return "fflab's whole 95 % interval lies within \u00b1 the threshold";
        }
    };

    private final String id;

    Rule(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** @param ci a defined interval (the caller handles too few seeds) */
    abstract Verdict judge(double mean, Interval ci, Double paperValue, double threshold);

    abstract String describe();

    public static Rule of(String id) {
        for (Rule r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        return null;
    }
}
