package nl.doorbraak.localcloud.stepfunctions.choice;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Timestamps as the States Language compares them: RFC 3339 (a profile of ISO 8601) with an uppercase {@code T}
 * between date and time and either an uppercase {@code Z} or a numeric offset {@code +hh:mm}; fractional seconds
 * are allowed. {@code 2016-08-18T17:33:00Z} and {@code 2016-08-18T19:33:00.5+02:00} are timestamps;
 * {@code 2016-08-18 17:33:00Z}, {@code 2016-08-18T17:33:00} (no offset) and {@code 2016-08-18t17:33:00z} are not.
 * Two timestamps compare as instants.
 */
public final class Timestamps {
    private static final Pattern SHAPE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");

    private Timestamps() { }

    /** The instant a timestamp string denotes, or empty when it is not a valid timestamp. */
    public static Optional<Instant> parse(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) return Optional.empty();
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static boolean isTimestamp(String text) {
        return parse(text).isPresent();
    }
}
