package nl.doorbraak.localcloud.stepfunctions.asl;

import java.util.List;

/** A state with {@code Retry} and {@code Catch} (Task, Parallel, Map). */
public interface Recoverable {
    List<Retrier> retry();
    List<Catcher> catchers();
}
