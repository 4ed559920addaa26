package nl.doorbraak.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every problem of a request at once. The HTTP layer answers 400 {@code VALIDATION_FAILED} with {@link #fields()}.
 */
public final class ValidationException extends RuntimeException {

    /** The general Dutch message for the error body. */
    public static final String MESSAGE = "De aanvraag is niet volledig of niet juist ingevuld.";

    private final List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super(MESSAGE + " " + problems.size() + " problem(s)");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Path → message, in the order found; several messages for one path are joined with a space. */
    public Map<String, String> fields() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Problem p : problems) {
            out.merge(p.path(), p.message(), (a, b) -> a + " " + b);
        }
        return out;
    }
}
