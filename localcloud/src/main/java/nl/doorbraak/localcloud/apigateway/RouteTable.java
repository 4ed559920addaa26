package nl.doorbraak.localcloud.apigateway;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Chooses the route for a request as HTTP API does: the most specific match wins — literal segments over path
 * variables (compared left to right), variables over a greedy {@code {proxy+}}, an exact method over {@code ANY} —
 * and {@code $default} catches the rest.
 */
public final class RouteTable {
    private final List<HttpRoute> routes = new CopyOnWriteArrayList<>();

    /** Adds a route, replacing one with the same route key. */
    public void put(HttpRoute route) {
        routes.removeIf(r -> r.routeKey().equals(route.routeKey()));
        routes.add(route);
    }

    public List<HttpRoute> routes() {
        return List.copyOf(routes);
    }

    public void clear() {
        routes.clear();
    }

    public Optional<RouteMatch> match(String method, String path) {
        List<String> request = path.equals("/") || path.isEmpty() ? List.of() : List.of(path.substring(1).split("/", -1));
        List<RouteMatch> candidates = new ArrayList<>();
        for (HttpRoute route : routes) {
            if (route.isDefault() || !(route.method().equals("ANY") || route.method().equals(method))) {
                continue;
            }
            Map<String, String> params = bind(route, request);
            if (params != null) {
                candidates.add(new RouteMatch(route, params));
            }
        }
        Optional<RouteMatch> best = candidates.stream().min(Comparator.comparing(RouteMatch::route, RouteTable::specificity));
        if (best.isPresent()) {
            return best;
        }
        return routes.stream().filter(HttpRoute::isDefault).findFirst().map(r -> new RouteMatch(r, Map.of()));
    }

    private static Map<String, String> bind(HttpRoute route, List<String> request) {
        List<String> segments = route.segments();
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String s = segments.get(i);
            if (s.endsWith("+}") && HttpRoute.variable(s)) {
                if (i >= request.size()) {
                    return null;
                }
                params.put(HttpRoute.variableName(s), String.join("/", request.subList(i, request.size())));
                return params;
            }
            if (i >= request.size()) {
                return null;
            }
            if (HttpRoute.variable(s)) {
                if (request.get(i).isEmpty()) {
                    return null;
                }
                params.put(HttpRoute.variableName(s), java.net.URLDecoder.decode(request.get(i).replace("+", "%2B"),
                        java.nio.charset.StandardCharsets.UTF_8));
            } else if (!s.equals(request.get(i))) {
                return null;
            }
        }
        return segments.size() == request.size() ? params : null;
    }

    /** Negative is more specific. */
    private static int specificity(HttpRoute a, HttpRoute b) {
        if (a.greedy() != b.greedy()) {
            return a.greedy() ? 1 : -1;
        }
        int n = Math.min(a.segments().size(), b.segments().size());
        for (int i = 0; i < n; i++) {
            boolean va = HttpRoute.variable(a.segments().get(i));
            boolean vb = HttpRoute.variable(b.segments().get(i));
            if (va != vb) {
                return va ? 1 : -1;
            }
        }
        if (a.segments().size() != b.segments().size()) {
            return Integer.compare(b.segments().size(), a.segments().size());
        }
        boolean anyA = a.method().equals("ANY");
        boolean anyB = b.method().equals("ANY");
        return anyA == anyB ? 0 : anyA ? 1 : -1;
    }
}
