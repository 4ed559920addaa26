package nl.doorbraak.localcloud.template;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code AWS::Serverless::Function} → {@code CreateFunction} with the packaged jar; its {@code HttpApi} events → routes. */
final class FunctionPlanner {
    /** Properties that only matter on AWS (permissions, tracing, networking, ...); accepted and not emulated. */
    private static final Set<String> IGNORED = Set.of("Policies", "Role", "Tracing", "Description", "Tags",
            "AutoPublishAlias", "DeploymentPreference", "VpcConfig", "ReservedConcurrentExecutions",
            "ProvisionedConcurrencyConfig", "LoggingConfig", "EphemeralStorage", "SnapStart", "PackageType",
            "RuntimeManagementConfig", "KmsKeyArn", "PermissionsBoundary", "Layers", "DeadLetterQueue",
            "EventInvokeConfig", "RecursiveLoop", "PropagateTags");
    private static final Set<String> USED = Set.of("FunctionName", "Handler", "Runtime", "CodeUri", "MemorySize",
            "Timeout", "Environment", "Architectures", "Events");

    /** One route contributed by a function's {@code HttpApi} event. */
    record RouteEvent(String apiLogicalId, String routeKey, String function, String authorizer) {
    }

    private FunctionPlanner() {
    }

    static DeploymentPlan.Function plan(Resource r, Intrinsics in, Path baseDir, CodeLocator code, List<RouteEvent> routes) {
        Map<String, Object> raw = r.properties();
        for (String key : raw.keySet()) {
            if (!IGNORED.contains(key) && !USED.contains(key)) {
                throw TemplateException.at(r.logicalId(), "property " + key + " of " + r.type() + " is not supported by the local deployer");
            }
        }
        if (raw.containsKey("Layers")) {
            throw TemplateException.at(r.logicalId(), "Layers are not supported by the local deployer");
        }
        if (raw.containsKey("PackageType") && !"Zip".equals(in.resolve(raw.get("PackageType"), r.logicalId()))) {
            throw TemplateException.at(r.logicalId(), "only PackageType Zip is supported locally");
        }
        Map<String, Object> p = in.resolveMap(raw, r.logicalId());
        String name = in.stack().functionName(r, in);
        String runtime = String.valueOf(p.getOrDefault("Runtime", "java21"));
        if (!runtime.startsWith("java")) {
            throw TemplateException.at(r.logicalId(), "runtime " + runtime + " is not supported locally (Java only)");
        }
        Map<String, String> env = new LinkedHashMap<>();
        TemplateLoader.map(TemplateLoader.map(p.get("Environment")).get("Variables"))
                .forEach((k, v) -> env.put(k, v == null ? "" : String.valueOf(v)));
        List<String> architectures = p.get("Architectures") instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
        Object role = p.get("Role");
        events(r, in, name, routes);
        return new DeploymentPlan.Function(r.logicalId(), name, String.valueOf(p.get("Handler")), runtime,
                intOr(p.get("MemorySize"), 128), intOr(p.get("Timeout"), 3), env,
                code.locate(baseDir, p.get("CodeUri"), r.logicalId()), architectures,
                role == null ? "arn:aws:iam::" + in.stack().accountId() + ":role/" + name + "-role" : String.valueOf(role));
    }

    private static void events(Resource r, Intrinsics in, String functionName, List<RouteEvent> routes) {
        Map<String, Object> events = TemplateLoader.map(r.properties().get("Events"));
        events.forEach((eventName, value) -> {
            Map<String, Object> event = TemplateLoader.map(value);
            String type = String.valueOf(event.get("Type"));
            String where = r.logicalId() + " (event " + eventName + ")";
            if (!type.equals("HttpApi")) {
                throw TemplateException.at(where, "event type " + type + " is not supported by the local deployer");
            }
            Map<String, Object> raw = TemplateLoader.map(event.get("Properties"));
            String api = "ServerlessHttpApi";
            if (raw.get("ApiId") instanceof Map<?, ?> ref && ref.containsKey("Ref")) {
                api = String.valueOf(ref.get("Ref"));
            } else if (raw.containsKey("ApiId")) {
                throw TemplateException.at(where, "ApiId must be a !Ref to an AWS::Serverless::HttpApi of the template");
            }
            Map<String, Object> p = in.resolveMap(raw, where);
            if (p.containsKey("PayloadFormatVersion") && !"2.0".equals(String.valueOf(p.get("PayloadFormatVersion")))) {
                throw TemplateException.at(where, "only PayloadFormatVersion 2.0 is supported locally");
            }
            String path = p.get("Path") == null ? null : String.valueOf(p.get("Path"));
            String method = p.get("Method") == null ? null : String.valueOf(p.get("Method")).toUpperCase(Locale.ROOT);
            String routeKey = path == null && method == null || "$default".equals(path) ? "$default"
                    : (method == null || method.equals("X-AMAZON-APIGATEWAY-ANY-METHOD") ? "ANY" : method) + " " + path;
            String authorizer = null;
            Map<String, Object> auth = TemplateLoader.map(p.get("Auth"));
            if (auth.containsKey("Authorizer")) {
                authorizer = String.valueOf(auth.get("Authorizer"));
            }
            routes.add(new RouteEvent(api, routeKey, functionName, authorizer));
        });
    }

    static List<RouteEvent> newRouteList() {
        return new ArrayList<>();
    }

    private static int intOr(Object value, int fallback) {
        return value == null ? fallback : Integer.parseInt(String.valueOf(value));
    }
}
