package nl.doorbraak.localcloud.lambda;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static nl.doorbraak.localcloud.http.LocalCloudServer.jsonEscape;

/** The error documents Lambda itself (not the function) puts in an invocation's payload. */
final class LambdaErrors {
    private LambdaErrors() {
    }

    /** {@code Timeout} reached: Lambda answers {@code Sandbox.Timedout} and the seconds with two decimals. */
    static byte[] timedOut(String requestId, int timeoutSeconds) {
        String seconds = String.format(Locale.ROOT, "%.2f", (double) timeoutSeconds);
        return document("Sandbox.Timedout", "RequestId: " + requestId + " Error: Task timed out after " + seconds + " seconds");
    }

    /** The runtime process died while handling (or before taking) the request. */
    static byte[] exited(String requestId, String exitDescription) {
        return document("Runtime.ExitError", "RequestId: " + requestId + " Error: Runtime exited with error: " + exitDescription);
    }

    static byte[] document(String type, String message) {
        return ("{\"errorType\":\"" + jsonEscape(type) + "\",\"errorMessage\":\"" + jsonEscape(message) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Describes a process's end as Lambda (in Go's words) does: {@code exit status 1}, {@code signal: killed}. */
    static String exitDescription(int exitValue) {
        if (exitValue > 128 && exitValue < 160) {
            int signal = exitValue - 128;
            String name = switch (signal) {
                case 6 -> "aborted";
                case 9 -> "killed";
                case 11 -> "segmentation fault";
                case 15 -> "terminated";
                default -> "signal " + signal;
            };
            return "signal: " + name;
        }
        return "exit status " + exitValue;
    }
}
