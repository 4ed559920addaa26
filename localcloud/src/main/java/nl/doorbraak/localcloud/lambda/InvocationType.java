package nl.doorbraak.localcloud.lambda;

/** Lambda's {@code X-Amz-Invocation-Type}. */
public enum InvocationType {
    REQUEST_RESPONSE("RequestResponse"), EVENT("Event"), DRY_RUN("DryRun");

    private final String wire;

    InvocationType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static InvocationType fromWire(String value) {
        if (value == null || value.isEmpty()) {
            return REQUEST_RESPONSE;
        }
        for (InvocationType t : values()) {
            if (t.wire.equals(value)) {
                return t;
            }
        }
        throw new LambdaException(400, "InvalidParameterValueException",
                "1 validation error detected: Value '" + value + "' at 'invocationType' failed to satisfy constraint: "
                        + "Member must satisfy enum value set: [Event, RequestResponse, DryRun]");
    }
}
