package nl.doorbraak.e2e.endpoint;

import nl.doorbraak.e2e.api.ApiStack;

import java.nio.file.Path;

/**
 * Which endpoint the API scenarios run on, when not the embedded default:
 * <ol>
 *   <li>{@code -Plocalstack} ({@code doorbraak.localstack=true}): LocalStack started by Testcontainers, then the
 *       remote path below;</li>
 *   <li>{@code DOORBRAAK_API_URL}: the HTTP API of a real AWS deployment ({@code sam deploy}), with Cognito test users;</li>
 *   <li>{@code DOORBRAAK_ENDPOINT} ({@code ./doorbraak test --endpoint URL}): any AWS-compatible endpoint, the
 *       template deployed there by {@link RemoteStack}.</li>
 * </ol>
 */
public final class Endpoints {

    private Endpoints() {
    }

    /** The stack for the endpoint asked for, deployed and ready, or null for the embedded default. */
    public static ApiStack startIfRequested(Path root) {
        if (LocalStackEndpoint.requested()) {
            return RemoteStack.deploy(LocalStackEndpoint.target(), root);
        }
        if (AwsApiStack.requested()) {
            return AwsApiStack.start();
        }
        EndpointTarget target = EndpointTarget.fromEnvironment();
        return target == null ? null : RemoteStack.deploy(target, root);
    }
}
