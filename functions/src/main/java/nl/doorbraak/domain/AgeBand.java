package nl.doorbraak.domain;

import java.util.Optional;

/**
 * Age band of the person helped: coarse on purpose, so no record identifies anyone, yet fine enough around the
 * ages that matter for youth care (under 18) and young adults (18 to 27) to feed the local victim picture.
 * The wire value is {@link #code()}, e.g. {@code "16-17"}.
 */
public enum AgeBand {
    TOT_12("0-11"),
    VAN_12_TOT_16("12-15"),
    VAN_16_TOT_18("16-17"),
    VAN_18_TOT_23("18-22"),
    VAN_23_TOT_27("23-26"),
    VAN_27_TOT_45("27-44"),
    VAN_45_TOT_65("45-64"),
    VANAF_65("65+");

    private final String code;

    AgeBand(String code) {
        this.code = code;
    }

    /** The value used in JSON, e.g. {@code "18-22"}. */
    public String code() {
        return code;
    }

    public static Optional<AgeBand> fromCode(String code) {
        for (AgeBand band : values()) {
            if (band.code.equals(code)) {
                return Optional.of(band);
            }
        }
        return Optional.empty();
    }
}
