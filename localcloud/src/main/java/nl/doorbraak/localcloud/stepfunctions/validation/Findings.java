package nl.doorbraak.localcloud.stepfunctions.validation;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** The problems found so far, with the small helpers every check uses. */
final class Findings {
    private final List<Problem> problems = new ArrayList<>();

    void add(Problem problem) {
        problems.add(problem);
    }

    void schema(String message, String pointer) {
        problems.add(Problem.schema(message, pointer));
    }

    List<Problem> all() {
        return problems;
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** A whole non-negative (or, with {@code positive}, at least 1) integer. */
    static boolean isWholeNumber(JsonNode value, boolean positive) {
        if (value == null || !value.isNumber()) return false;
        if (!value.isIntegralNumber() && value.decimalValue().stripTrailingZeros().scale() > 0) return false;
        return positive ? value.decimalValue().signum() > 0 : value.decimalValue().signum() >= 0;
    }

    /** Appends a field name to a pointer: {@code /States/A} + {@code Next}. */
    static String at(String pointer, String field) {
        return pointer + "/" + field;
    }
}
