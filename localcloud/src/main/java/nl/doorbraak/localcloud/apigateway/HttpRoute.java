package nl.doorbraak.localcloud.apigateway;

import java.util.List;

/**
 * One HTTP API route: its route key ({@code GET /api/budgets/{budgetId}}, {@code ANY /{proxy+}} or {@code $default}),
 * the function it integrates with (payload format 2.0), and the JWT authorizer guarding it (null for none).
 */
public record HttpRoute(String routeKey, String method, List<String> segments, String function, String authorizer) {

    public static final String DEFAULT = "$default";

    public static HttpRoute of(String routeKey, String function, String authorizer) {
        if (DEFAULT.equals(routeKey)) {
            return new HttpRoute(routeKey, "ANY", List.of(), function, authorizer);
        }
        int space = routeKey.indexOf(' ');
        if (space < 0 || !routeKey.substring(space + 1).startsWith("/")) {
            throw new IllegalArgumentException("Invalid route key '" + routeKey + "': expected 'METHOD /path' or '$default'");
        }
        String method = routeKey.substring(0, space).toUpperCase(java.util.Locale.ROOT);
        String path = routeKey.substring(space + 1);
        List<String> segments = path.equals("/") ? List.of() : List.of(path.substring(1).split("/", -1));
        for (int i = 0; i < segments.size(); i++) {
            String s = segments.get(i);
            if (s.endsWith("+}") && i != segments.size() - 1) {
                throw new IllegalArgumentException("Invalid route key '" + routeKey + "': a greedy variable must be last");
            }
        }
        return new HttpRoute(method + " " + path, method, segments, function, authorizer);
    }

    public boolean isDefault() {
        return DEFAULT.equals(routeKey);
    }

    boolean greedy() {
        return !segments.isEmpty() && segments.get(segments.size() - 1).endsWith("+}");
    }

    static boolean variable(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    static String variableName(String segment) {
        return segment.substring(1, segment.length() - (segment.endsWith("+}") ? 2 : 1));
    }
}
