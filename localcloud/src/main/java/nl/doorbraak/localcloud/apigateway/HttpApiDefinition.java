package nl.doorbraak.localcloud.apigateway;

import java.util.List;

/**
 * An HTTP API as the template declares it (what the deployer hands to a gateway): JWT authorizers and routes with
 * their integration function. The default authorizer is already applied to each route.
 */
public record HttpApiDefinition(String name, List<Authorizer> authorizers, List<Route> routes) {

    public record Authorizer(String name, String issuer, List<String> audiences, String identitySourceHeader) {
    }

    /** {@code authorizer} is null for a route without authorization. */
    public record Route(String routeKey, String function, String authorizer) {
    }
}
