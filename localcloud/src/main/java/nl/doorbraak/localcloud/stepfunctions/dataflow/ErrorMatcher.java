package nl.doorbraak.localcloud.stepfunctions.dataflow;

import java.util.List;
import java.util.Set;

/**
 * AWS's rules for matching an error name against {@code ErrorEquals}: exact names match; {@code States.ALL} matches
 * everything except the terminal {@code States.Runtime} and {@code States.DataLimitExceeded};
 * {@code States.TaskFailed} matches any task error except {@code States.Timeout}; {@code States.Runtime} is never
 * retried or caught.
 */
public final class ErrorMatcher {
    private static final Set<String> TERMINAL = Set.of("States.Runtime", "States.DataLimitExceeded");

    private ErrorMatcher() {}

    public static boolean matches(List<String> errorEquals, String error, boolean taskState) {
        if ("States.Runtime".equals(error)) return false;
        String name = error == null ? "" : error;
        for (String candidate : errorEquals) {
            if (candidate.equals(name)) return true;
            if ("States.ALL".equals(candidate) && !TERMINAL.contains(name)) return true;
            if ("States.TaskFailed".equals(candidate) && taskState && !TERMINAL.contains(name)
                    && !"States.Timeout".equals(name)) return true;
        }
        return false;
    }
}
