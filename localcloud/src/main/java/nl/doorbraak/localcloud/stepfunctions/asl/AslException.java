package nl.doorbraak.localcloud.stepfunctions.asl;

/** A definition that cannot be loaded; its message becomes part of an {@code InvalidDefinition} error. */
public class AslException extends RuntimeException {
    public AslException(String message) {
        super(message, null, false, false);
    }
}
