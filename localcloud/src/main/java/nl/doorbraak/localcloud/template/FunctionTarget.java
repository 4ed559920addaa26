package nl.doorbraak.localcloud.template;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the deployer puts functions. Normally the Lambda API of an endpoint ({@link SdkFunctionTarget}); the local
 * cloud may take them in-process ({@link InProcessFunctionTarget}) so a 15 MB jar is not sent ten times over HTTP
 * as base64 at every start.
 */
public interface FunctionTarget {

    /** What a deployed function looks like, for the idempotency check. */
    record Deployed(String codeSha256, String handler, String runtime, int memoryMb, int timeoutSeconds,
                    Map<String, String> environment) {
    }

    Optional<Deployed> find(String name);

    void create(DeploymentPlan.Function function, Path code);

    void updateCode(String name, Path code);

    void updateConfiguration(DeploymentPlan.Function function);
}
