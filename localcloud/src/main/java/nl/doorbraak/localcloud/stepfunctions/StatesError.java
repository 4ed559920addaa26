package nl.doorbraak.localcloud.stepfunctions;

/**
 * A runtime error inside an execution, named as Step Functions names it ({@code States.Runtime},
 * {@code States.QueryEvaluationError}, a Fail state's Error, a Lambda function's errorType ...) with its cause.
 * Matched by Retry and Catch; ends the execution as FAILED when nothing catches it.
 */
public class StatesError extends RuntimeException {
    private final String error;
    private final String cause;

    public StatesError(String error, String cause) {
        super(error + ": " + cause, null, false, false);
        this.error = error;
        this.cause = cause;
    }

    public String error() { return error; }
    public String cause() { return cause; }

    public static StatesError runtime(String cause) { return new StatesError("States.Runtime", cause); }
    public static StatesError queryEvaluation(String cause) { return new StatesError("States.QueryEvaluationError", cause); }
}
