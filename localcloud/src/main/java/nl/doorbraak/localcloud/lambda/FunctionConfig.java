package nl.doorbraak.localcloud.lambda;

import java.util.List;
import java.util.Map;

/**
 * A function's configuration as Lambda keeps it (the code is separate, see {@link FunctionCode}).
 * Defaults follow Lambda's: 128 MB memory, 3 seconds timeout.
 */
public record FunctionConfig(String name, String handler, String runtime, int memoryMb, int timeoutSeconds,
                             Map<String, String> environment, String role, String description,
                             List<String> architectures) {

    public static final int DEFAULT_MEMORY_MB = 128;
    public static final int DEFAULT_TIMEOUT_SECONDS = 3;

    public FunctionConfig {
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        architectures = architectures == null || architectures.isEmpty() ? List.of("x86_64") : List.copyOf(architectures);
        runtime = runtime == null ? "java21" : runtime;
        description = description == null ? "" : description;
        memoryMb = memoryMb <= 0 ? DEFAULT_MEMORY_MB : memoryMb;
        timeoutSeconds = timeoutSeconds <= 0 ? DEFAULT_TIMEOUT_SECONDS : timeoutSeconds;
    }
}
