package nl.doorbraak.localcloud.template;

/** A template the loader or deployer cannot handle; the message names the resource and the construct. */
public class TemplateException extends RuntimeException {
    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }

    public static TemplateException at(String logicalId, String message) {
        return new TemplateException("Resource " + logicalId + ": " + message);
    }
}
