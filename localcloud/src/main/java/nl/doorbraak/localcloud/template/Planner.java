package nl.doorbraak.localcloud.template;

import nl.doorbraak.localcloud.apigateway.HttpApiDefinition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a loaded template into a {@link DeploymentPlan}. Resource types without a local counterpart but harmless
 * to skip (IAM, Cognito, log groups, SNS topics, alarms) are listed as skipped; any other type fails, naming the
 * resource.
 */
public final class Planner {
    private static final Map<String, String> SKIPPED = Map.ofEntries(
            Map.entry("AWS::IAM::Role", "permissions are not enforced locally"),
            Map.entry("AWS::IAM::Policy", "permissions are not enforced locally"),
            Map.entry("AWS::IAM::ManagedPolicy", "permissions are not enforced locally"),
            Map.entry("AWS::Lambda::Permission", "permissions are not enforced locally"),
            Map.entry("AWS::Cognito::UserPool", "locally, tokens come from POST /local/token"),
            Map.entry("AWS::Cognito::UserPoolClient", "locally, tokens come from POST /local/token"),
            Map.entry("AWS::Cognito::UserPoolGroup", "locally, groups are given to POST /local/token"),
            Map.entry("AWS::Cognito::UserPoolDomain", "locally, tokens come from POST /local/token"),
            Map.entry("AWS::Cognito::UserPoolUser", "locally, tokens come from POST /local/token"),
            Map.entry("AWS::Cognito::UserPoolUserToGroupAttachment", "locally, groups are given to POST /local/token"),
            Map.entry("AWS::Logs::LogGroup", "function output goes to the local log"),
            Map.entry("AWS::SNS::Topic", "no local SNS: notifications go to the local log"),
            Map.entry("AWS::SNS::Subscription", "no local SNS"),
            Map.entry("AWS::CloudWatch::Alarm", "no local CloudWatch"),
            Map.entry("AWS::SSM::Parameter", "no local SSM"),
            Map.entry("AWS::KMS::Key", "no local KMS"),
            Map.entry("AWS::S3::Bucket", "locally the pages are served from web/ on the application port"),
            Map.entry("AWS::S3::BucketPolicy", "locally the pages are served from web/ on the application port"),
            Map.entry("AWS::CloudFront::Distribution", "locally pages and API share the application port"),
            Map.entry("AWS::CloudFront::OriginAccessControl", "locally pages and API share the application port"),
            Map.entry("AWS::CloudFront::CachePolicy", "locally pages and API share the application port"),
            Map.entry("AWS::CloudFront::OriginRequestPolicy", "locally pages and API share the application port"),
            Map.entry("AWS::CloudFront::ResponseHeadersPolicy", "locally pages and API share the application port"));
    private static final Set<String> TABLES = Set.of("AWS::DynamoDB::Table", "AWS::Serverless::SimpleTable");

    private Planner() {
    }

    public static DeploymentPlan plan(Template template, Stack stack, CodeLocator code) {
        Intrinsics in = new Intrinsics(template, stack);
        List<DeploymentPlan.Table> tables = new ArrayList<>();
        List<DeploymentPlan.Function> functions = new ArrayList<>();
        List<DeploymentPlan.StateMachine> machines = new ArrayList<>();
        List<FunctionPlanner.RouteEvent> routes = FunctionPlanner.newRouteList();
        Map<String, Resource> apis = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        for (Resource r : in.activeResources()) {
            if (TABLES.contains(r.type())) {
                tables.add(TablePlanner.plan(r, in));
            } else if (r.type().equals("AWS::Serverless::Function")) {
                functions.add(FunctionPlanner.plan(r, in, template.baseDir(), code, routes));
            } else if (r.type().equals("AWS::Serverless::StateMachine")) {
                machines.add(StateMachinePlanner.plan(r, in, template.baseDir()));
            } else if (r.type().equals("AWS::Serverless::HttpApi")) {
                apis.put(r.logicalId(), r);
            } else if (SKIPPED.containsKey(r.type())) {
                skipped.add(r.logicalId() + " (" + r.type() + "): " + SKIPPED.get(r.type()));
            } else {
                throw TemplateException.at(r.logicalId(), "type " + r.type() + " is not supported by the local deployer");
            }
        }
        return new DeploymentPlan(stack, tables, functions, machines, httpApis(apis, routes, in, template), skipped);
    }

    private static List<HttpApiDefinition> httpApis(Map<String, Resource> apis, List<FunctionPlanner.RouteEvent> routes,
                                                    Intrinsics in, Template template) {
        List<HttpApiDefinition> out = new ArrayList<>();
        Set<String> used = new java.util.LinkedHashSet<>();
        routes.forEach(r -> used.add(r.apiLogicalId()));
        used.addAll(apis.keySet());
        for (String apiId : used) {
            Resource api = apis.get(apiId);
            if (api == null && !apiId.equals("ServerlessHttpApi")) {
                throw new TemplateException("A function's HttpApi event names ApiId " + apiId + ", which is not an AWS::Serverless::HttpApi");
            }
            // the implicit API (events without ApiId) gets Globals.HttpApi, as SAM gives it
            Map<String, Object> p = in.resolveMap(api == null ? template.globals().get("HttpApi") : api.properties(), apiId);
            for (String key : p.keySet()) {
                if (!Set.of("Auth", "CorsConfiguration", "StageName", "Tags", "AccessLogSettings", "DefaultRouteSettings",
                        "FailOnWarnings", "Description", "Name", "RouteSettings", "StageVariables").contains(key)) {
                    throw TemplateException.at(apiId, "property " + key + " of AWS::Serverless::HttpApi is not supported by the local deployer");
                }
            }
            Map<String, Object> auth = TemplateLoader.map(p.get("Auth"));
            List<HttpApiDefinition.Authorizer> authorizers = new ArrayList<>();
            TemplateLoader.map(auth.get("Authorizers")).forEach((name, value) -> {
                Map<String, Object> a = TemplateLoader.map(value);
                if (!a.containsKey("JwtConfiguration")) {
                    throw TemplateException.at(apiId, "authorizer " + name + ": only JWT authorizers are supported locally");
                }
                Map<String, Object> jwt = TemplateLoader.map(a.get("JwtConfiguration"));
                List<String> audiences = jwt.get("audience") instanceof List<?> l ? l.stream().map(String::valueOf).toList()
                        : List.of(String.valueOf(jwt.get("audience")));
                String source = String.valueOf(a.getOrDefault("IdentitySource", "$request.header.Authorization"));
                if (!source.startsWith("$request.header.")) {
                    throw TemplateException.at(apiId, "authorizer " + name + ": IdentitySource must be a request header");
                }
                authorizers.add(new HttpApiDefinition.Authorizer(name, String.valueOf(jwt.get("issuer")), audiences,
                        source.substring("$request.header.".length())));
            });
            String defaultAuthorizer = auth.get("DefaultAuthorizer") == null ? null : String.valueOf(auth.get("DefaultAuthorizer"));
            List<HttpApiDefinition.Route> apiRoutes = new ArrayList<>();
            for (FunctionPlanner.RouteEvent e : routes) {
                if (!e.apiLogicalId().equals(apiId)) {
                    continue;
                }
                String authorizer = e.authorizer() == null ? defaultAuthorizer : e.authorizer().equals("NONE") ? null : e.authorizer();
                if (authorizer != null && authorizers.stream().noneMatch(a -> a.name().equals(authorizer))) {
                    throw TemplateException.at(apiId, "route " + e.routeKey() + " uses authorizer " + authorizer + ", which the API does not define");
                }
                apiRoutes.add(new HttpApiDefinition.Route(e.routeKey(), e.function(), authorizer));
            }
            out.add(new HttpApiDefinition(apiId, authorizers, apiRoutes));
        }
        return out;
    }
}
