package nl.doorbraak.localcloud.stepfunctions.intrinsics;

/** The text is not a well-formed intrinsic function call. Thrown by {@link IntrinsicParser}; the validator reports it. */
public final class IntrinsicSyntaxError extends IllegalArgumentException {
    private final String expression;
    private final int position;

    public IntrinsicSyntaxError(String expression, int position, String message) {
        super(message + " at position " + position + " in " + expression);
        this.expression = expression;
        this.position = position;
    }

    public String expression() { return expression; }
    public int position() { return position; }
}
