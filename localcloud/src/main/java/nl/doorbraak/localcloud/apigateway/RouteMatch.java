package nl.doorbraak.localcloud.apigateway;

import java.util.Map;

/** The route chosen for a request and the path parameters bound from it. */
public record RouteMatch(HttpRoute route, Map<String, String> pathParameters) {
}
