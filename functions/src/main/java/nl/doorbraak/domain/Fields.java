package nl.doorbraak.domain;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads one JSON object of a request, field by field, collecting every problem with its path instead of stopping
 * at the first. Call {@link #end()} after reading: every field that was not read is reported as unknown.
 * A read that fails returns {@code null} (or a neutral value) so reading goes on; the caller builds its result only
 * when {@link Problems#isEmpty()}.
 */
public final class Fields {

    private final JsonNode node; // null when the value at this path is not an object (already reported)
    private final String path;
    private final Problems problems;
    private final Set<String> read = new LinkedHashSet<>();

    private Fields(JsonNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** The request body; reports {@link Messages#BODY_NOT_OBJECT} at the empty path unless it is an object. */
    public static Fields root(JsonNode body, Problems problems) {
        if (body == null || !body.isObject()) {
            problems.add("", Messages.BODY_NOT_OBJECT);
            return new Fields(null, "", problems);
        }
        return new Fields(body, "", problems);
    }

    public String path() {
        return path;
    }

    /** The path of a field of this object, e.g. {@code client.pseudonym}. */
    public String pathOf(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Whether the field is present and not JSON null. */
    public boolean has(String name) {
        read.add(name);
        JsonNode v = node == null ? null : node.get(name);
        return v != null && !v.isNull();
    }

    /** A required text of at most {@code maxChars} characters, not blank. */
    public String text(String name, int maxChars) {
        return text(name, maxChars, true);
    }

    /** An optional text: {@code null} when absent or null; may be empty. */
    public String optionalText(String name, int maxChars) {
        return text(name, maxChars, false);
    }

    private String text(String name, int maxChars, boolean required) {
        JsonNode v = value(name, required);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            problems.add(pathOf(name), Messages.NOT_TEXT);
            return null;
        }
        String s = v.textValue();
        if (required && s.isBlank()) {
            problems.add(pathOf(name), Messages.BLANK);
            return null;
        }
        if (s.codePointCount(0, s.length()) > maxChars) {
            problems.add(pathOf(name), Messages.tooLong(maxChars));
            return null;
        }
        return s;
    }

    /** A required text that must match {@code pattern} entirely; {@code message} explains the form. */
    public String matching(String name, Pattern pattern, String message) {
        return matching(name, pattern, message, true);
    }

    /** As {@link #matching(String, Pattern, String)}, {@code null} when absent. */
    public String optionalMatching(String name, Pattern pattern, String message) {
        return matching(name, pattern, message, false);
    }

    private String matching(String name, Pattern pattern, String message, boolean required) {
        JsonNode v = value(name, required);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            problems.add(pathOf(name), Messages.NOT_TEXT);
            return null;
        }
        if (!pattern.matcher(v.textValue()).matches()) {
            problems.add(pathOf(name), message);
            return null;
        }
        return v.textValue();
    }

    /** A required whole number in {@code [min, max]}. Strings and fractions are refused, as is {@code 12.0}. */
    public Long integer(String name, long min, long max) {
        Long n = integerValue(name, true);
        if (n == null) {
            return null;
        }
        if (n < min) {
            problems.add(pathOf(name), Messages.tooSmall(min));
            return null;
        }
        if (n > max) {
            problems.add(pathOf(name), Messages.tooLarge(max));
            return null;
        }
        return n;
    }

    /** A required amount in cents, {@code > 0} and at most {@code maxCents}; {@code aboveMax} is the message past it. */
    public Long positiveAmount(String name, long maxCents, String aboveMax) {
        Long n = integerValue(name, true);
        if (n == null) {
            return null;
        }
        if (n <= 0) {
            problems.add(pathOf(name), Messages.AMOUNT_NOT_POSITIVE);
            return null;
        }
        if (n > maxCents) {
            problems.add(pathOf(name), aboveMax);
            return null;
        }
        return n;
    }

    /** A required amount in cents, {@code >= 0} and at most {@code maxCents}. */
    public Long nonNegativeAmount(String name, long maxCents, String aboveMax) {
        return nonNegativeAmount(name, maxCents, aboveMax, true);
    }

    /** As {@link #nonNegativeAmount(String, long, String)}, {@code null} when absent. */
    public Long optionalNonNegativeAmount(String name, long maxCents, String aboveMax) {
        return nonNegativeAmount(name, maxCents, aboveMax, false);
    }

    private Long nonNegativeAmount(String name, long maxCents, String aboveMax, boolean required) {
        Long n = integerValue(name, required);
        if (n == null) {
            return null;
        }
        if (n < 0) {
            problems.add(pathOf(name), Messages.AMOUNT_NEGATIVE);
            return null;
        }
        if (n > maxCents) {
            problems.add(pathOf(name), aboveMax);
            return null;
        }
        return n;
    }

    private Long integerValue(String name, boolean required) {
        JsonNode v = value(name, required);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            problems.add(pathOf(name), Messages.NOT_INTEGER);
            return null;
        }
        return v.longValue();
    }

    /** A required ISO-8601 instant ({@code 2026-11-28T23:40:00Z}) not after {@code notAfter}. */
    public java.time.Instant instant(String name, java.time.Instant notAfter) {
        JsonNode v = value(name, true);
        if (v == null) {
            return null;
        }
        java.time.Instant at;
        try {
            at = v.isTextual() ? java.time.Instant.parse(v.textValue()) : null;
        } catch (java.time.format.DateTimeParseException e) {
            at = null;
        }
        if (at == null) {
            problems.add(pathOf(name), Messages.NOT_A_MOMENT);
            return null;
        }
        if (at.isAfter(notAfter)) {
            problems.add(pathOf(name), Messages.IN_THE_FUTURE);
            return null;
        }
        return at;
    }

    /** A required JSON boolean ({@code "true"} as text is refused). */
    public Boolean bool(String name) {
        JsonNode v = value(name, true);
        if (v == null) {
            return null;
        }
        if (!v.isBoolean()) {
            problems.add(pathOf(name), Messages.NOT_BOOLEAN);
            return null;
        }
        return v.booleanValue();
    }

    /** A required enum constant, spelled exactly (case-sensitive). */
    public <E extends Enum<E>> E enumeration(String name, Class<E> type) {
        return choice(name, type.getEnumConstants(), Enum::name);
    }

    /** A required value out of {@code options}, each known by its wire code. */
    public <T> T choice(String name, T[] options, Function<T, String> code) {
        JsonNode v = value(name, true);
        if (v == null) {
            return null;
        }
        List<String> codes = Arrays.stream(options).map(code).toList();
        if (!v.isTextual()) {
            problems.add(pathOf(name), Messages.unknownValue(v.toString(), codes));
            return null;
        }
        for (T option : options) {
            if (code.apply(option).equals(v.textValue())) {
                return option;
            }
        }
        problems.add(pathOf(name), Messages.unknownValue(v.textValue(), codes));
        return null;
    }

    /** A required nested object; a reader for it (reading on a missing or wrong one reports nothing more). */
    public Fields object(String name) {
        JsonNode v = value(name, true);
        if (v == null) {
            return new Fields(null, pathOf(name), problems);
        }
        if (!v.isObject()) {
            problems.add(pathOf(name), Messages.NOT_OBJECT);
            return new Fields(null, pathOf(name), problems);
        }
        return new Fields(v, pathOf(name), problems);
    }

    /** An optional nested object: {@code null} when absent or null. */
    public Fields optionalObject(String name) {
        if (!has(name)) {
            return null;
        }
        return object(name);
    }

    /**
     * A required array of {@code min..max} objects; a reader per element, with paths such as {@code measures[2]}.
     * {@code countMessage} is reported when the count is out of range.
     */
    public List<Fields> objects(String name, int min, int max, String countMessage) {
        JsonNode v = value(name, true);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            problems.add(pathOf(name), Messages.NOT_ARRAY);
            return List.of();
        }
        if (v.size() < min || v.size() > max) {
            problems.add(pathOf(name), countMessage);
        }
        List<Fields> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            String elementPath = pathOf(name) + "[" + i + "]";
            JsonNode element = v.get(i);
            if (!element.isObject()) {
                problems.add(elementPath, Messages.NOT_OBJECT);
                out.add(new Fields(null, elementPath, problems));
            } else {
                out.add(new Fields(element, elementPath, problems));
            }
        }
        return out;
    }

    /** Reports every field of this object that was not read as unknown. */
    public void end() {
        if (node == null) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            String name = it.next().getKey();
            if (!read.contains(name)) {
                problems.add(pathOf(name), Messages.UNKNOWN_FIELD);
            }
        }
    }

    /** Whether this reader stands on an actual object (false after a reported type problem). */
    public boolean present() {
        return node != null;
    }

    private JsonNode value(String name, boolean required) {
        read.add(name);
        if (node == null) {
            return null;
        }
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                problems.add(pathOf(name), Messages.REQUIRED);
            }
            return null;
        }
        return v;
    }
}
