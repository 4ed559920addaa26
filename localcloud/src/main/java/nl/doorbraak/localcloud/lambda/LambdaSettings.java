package nl.doorbraak.localcloud.lambda;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How the local Lambda service runs functions.
 *
 * @param region             the region in ARNs and {@code AWS_REGION}
 * @param accountId          the account in ARNs
 * @param dataDir            where functions and code are kept across restarts; null keeps them in a temp dir for this run
 * @param engineUrl          the local engine's URL, given to functions as {@code AWS_ENDPOINT_URL} (asked at each start)
 * @param maxConcurrency     function processes per function; further requests wait for one to be free
 * @param initTimeout        how long a new process may take to ask for its first invocation
 * @param java               the {@code java} executable for function processes
 * @param runtimeClasspath   the runtime interface client and its own dependencies (they precede the function's code)
 * @param jvmOptions         extra JVM options for function processes (cold start tuning)
 * @param classDataSharing   whether each code archive gets an automatically created AppCDS archive
 * @param log                where function output lines go (already prefixed with the function's name)
 */
public record LambdaSettings(String region, String accountId, Path dataDir, Supplier<String> engineUrl,
                             int maxConcurrency, Duration initTimeout, Path java, List<Path> runtimeClasspath,
                             List<String> jvmOptions, boolean classDataSharing, Consumer<String> log) {

    public static final List<String> DEFAULT_JVM_OPTIONS = List.of(
            "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Xshare:auto", "-Xss512k");

    /** Defaults: us-east-1, account 000000000000, 4 processes per function, the engine's own JDK and runtime client. */
    public static LambdaSettings defaults(Path dataDir, Supplier<String> engineUrl) {
        return new LambdaSettings("us-east-1", "000000000000", dataDir, engineUrl, 4, Duration.ofSeconds(30),
                Path.of(System.getProperty("java.home"), "bin", "java"), RuntimeClasspath.fromCurrentClasspath(),
                DEFAULT_JVM_OPTIONS, true, line -> {
                    System.out.println(line);
                });
    }

    public LambdaSettings withMaxConcurrency(int n) {
        return new LambdaSettings(region, accountId, dataDir, engineUrl, n, initTimeout, java, runtimeClasspath,
                jvmOptions, classDataSharing, log);
    }

    public LambdaSettings withLog(Consumer<String> sink) {
        return new LambdaSettings(region, accountId, dataDir, engineUrl, maxConcurrency, initTimeout, java,
                runtimeClasspath, jvmOptions, classDataSharing, sink);
    }

    public LambdaSettings withClassDataSharing(boolean on) {
        return new LambdaSettings(region, accountId, dataDir, engineUrl, maxConcurrency, initTimeout, java,
                runtimeClasspath, jvmOptions, on, log);
    }

    public LambdaSettings withJvmOptions(List<String> options) {
        return new LambdaSettings(region, accountId, dataDir, engineUrl, maxConcurrency, initTimeout, java,
                runtimeClasspath, options, classDataSharing, log);
    }
}
