package nl.doorbraak.localcloud.stepfunctions.intrinsics;

import nl.doorbraak.localcloud.stepfunctions.StatesError;

/**
 * A path argument of an intrinsic function matched nothing: {@code States.Runtime} with AWS's cause, which names the
 * whole expression as written, the argument (a {@code $$.} path rewritten to {@code $.}) and the state input:
 * {@code The function 'States.Format('{}', $.nope)' had the following error: The JsonPath argument for the field
 * '$.nope' could not be found in the input '{"other":1}'}.
 */
public final class IntrinsicPathNotFound extends StatesError {
    private final String path;

    public IntrinsicPathNotFound(String expression, String path, String inputJson) {
        super("States.Runtime", "The function '" + expression + "' had the following error: The JsonPath argument for the field '"
                + (path.startsWith("$$") ? path.substring(1) : path) + "' could not be found in the input '" + inputJson + "'");
        this.path = path;
    }

    /** The argument's path as written. */
    public String path() { return path; }
}
