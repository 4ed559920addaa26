package nl.doorbraak.localcloud.stepfunctions.validation;

/**
 * One finding of definition validation, rendered as Step Functions renders it inside an {@code InvalidDefinition}
 * message: {@code SCHEMA_VALIDATION_FAILED: Field 'Foo' is not supported at /States/A}.
 *
 * @param code    AWS's diagnostic code: SCHEMA_VALIDATION_FAILED, MISSING_TRANSITION_TARGET, MISSING_END_STATE, ...
 * @param message AWS's wording
 * @param pointer where, e.g. {@code /States/A/Next}, {@code /States/P/Branches[0]/States/B}; AWS writes "null"
 *                for findings about the whole workflow
 */
public record Problem(String code, String message, String pointer) {
    public static final String SCHEMA = "SCHEMA_VALIDATION_FAILED";
    public static final String MISSING_TARGET = "MISSING_TRANSITION_TARGET";

    public static Problem schema(String message, String pointer) {
        return new Problem(SCHEMA, message, pointer);
    }

    @Override
    public String toString() {
        return code + ": " + message + " at " + pointer;
    }
}
