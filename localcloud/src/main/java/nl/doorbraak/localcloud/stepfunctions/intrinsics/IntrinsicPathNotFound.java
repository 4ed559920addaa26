package nl.doorbraak.localcloud.stepfunctions.intrinsics;

import nl.doorbraak.localcloud.stepfunctions.StatesError;

/**
 * A path argument of an intrinsic function matched nothing: {@code States.Runtime}. The interpreter knows the field
 * and input the call was evaluated for and may reword the cause with {@link #path()} to AWS's full message
 * ({@code The JSONPath '$.x' specified for the field 'y.$' could not be found in the input '...'}).
 */
public final class IntrinsicPathNotFound extends StatesError {
    private final String path;

    public IntrinsicPathNotFound(String path) {
        super("States.Runtime", "The JSONPath '" + path + "' could not be found in the input");
        this.path = path;
    }

    public String path() { return path; }
}
