package nl.doorbraak.template;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import nl.doorbraak.domain.Endpoint;
import nl.doorbraak.domain.Role;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static nl.doorbraak.template.Project.functionProperties;
import static nl.doorbraak.template.Project.map;
import static nl.doorbraak.template.Project.ofType;
import static nl.doorbraak.template.Project.properties;
import static nl.doorbraak.template.Project.resources;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Stands in for {@code sam validate} and cfn-lint, which cannot be installed here. */
class TemplateTest {

    private static final Map<String, Object> T = Project.template();
    private static final Set<String> PSEUDO = Set.of("AWS::Region", "AWS::AccountId", "AWS::StackName", "AWS::Partition",
            "AWS::URLSuffix", "AWS::StackId", "AWS::NoValue", "AWS::NotificationARNs");
    /** SAM policy templates used here and the parameter each needs. */
    private static final Map<String, String> POLICY_TEMPLATES = Map.of(
            "DynamoDBCrudPolicy", "TableName", "DynamoDBReadPolicy", "TableName", "DynamoDBWritePolicy", "TableName",
            "SNSPublishMessagePolicy", "TopicName", "StepFunctionsExecutionPolicy", "StateMachineName",
            "LambdaInvokePolicy", "FunctionName");
    private static final Pattern SUB_VAR = Pattern.compile("\\$\\{([^}!]+)}");

    @Test
    void isASamTemplate() {
        assertEquals("2010-09-09", T.get("AWSTemplateFormatVersion"));
        assertEquals("AWS::Serverless-2016-10-31", T.get("Transform"));
        assertNotNull(T.get("Description"));
    }

    @Test
    void everyReferenceResolves() {
        Set<String> names = new HashSet<>(resources(T).keySet());
        names.addAll(map(T.get("Parameters")).keySet());
        List<String> missing = new ArrayList<>();
        walk(T, (key, value) -> {
            switch (key) {
                case "Ref" -> check(names, (String) value, missing);
                case "Fn::GetAtt" -> check(names, (String) ((List<?>) value).get(0), missing);
                case "Fn::Sub" -> {
                    String text = value instanceof List<?> l ? (String) l.get(0) : (String) value;
                    Set<String> local = value instanceof List<?> l && l.size() > 1 ? map(l.get(1)).keySet() : Set.of();
                    Matcher m = SUB_VAR.matcher(text);
                    while (m.find()) {
                        String var = m.group(1);
                        if (!local.contains(var)) {
                            check(names, var.contains(".") ? var.substring(0, var.indexOf('.')) : var, missing);
                        }
                    }
                }
                default -> {
                }
            }
        });
        assertEquals(List.of(), missing, "references to nothing");
    }

    private static void check(Set<String> names, String ref, List<String> missing) {
        String base = ref.endsWith(".Alias") ? ref.substring(0, ref.length() - ".Alias".length()) : ref;
        if (!PSEUDO.contains(ref) && !names.contains(base)) {
            missing.add(ref);
        }
        if (ref.endsWith(".Alias")) {
            assertNotNull(functionProperties(T, map(resources(T).get(base))).get("AutoPublishAlias"), ref + " needs AutoPublishAlias");
        }
    }

    @Test
    void everyConditionUsedIsDefined() {
        Set<String> defined = map(T.get("Conditions")).keySet();
        resources(T).forEach((id, r) -> {
            Object c = map(r).get("Condition");
            if (c != null) {
                assertTrue(defined.contains(c), id + " uses undefined condition " + c);
            }
        });
        walk(T, (key, value) -> {
            if (key.equals("Fn::If")) {
                assertTrue(defined.contains((String) ((List<?>) value).get(0)), "!If on undefined condition " + value);
            }
            if (key.equals("Condition")) {
                assertTrue(defined.contains((String) value), "!Condition on undefined condition " + value);
            }
        });
    }

    @Test
    void noCircularDependencies() {
        Map<String, Set<String>> deps = new HashMap<>();
        resources(T).forEach((id, r) -> {
            Set<String> d = new TreeSet<>();
            walk(r, (key, value) -> {
                if (key.equals("Ref")) {
                    d.add(((String) value).replace(".Alias", ""));
                } else if (key.equals("Fn::GetAtt")) {
                    d.add((String) ((List<?>) value).get(0));
                } else if (key.equals("Fn::Sub")) {
                    Matcher m = SUB_VAR.matcher(value instanceof List<?> l ? (String) l.get(0) : (String) value);
                    while (m.find()) {
                        d.add(m.group(1).split("\\.")[0]);
                    }
                }
            });
            d.retainAll(resources(T).keySet());
            deps.put(id, d);
        });
        // Globals.Function applies to every function.
        Set<String> globalDeps = new TreeSet<>();
        walk(map(T.get("Globals")), (key, value) -> {
            if (key.equals("Ref")) {
                globalDeps.add((String) value);
            }
        });
        globalDeps.retainAll(resources(T).keySet());
        ofType(T, "AWS::Serverless::Function").keySet().forEach(f -> deps.get(f).addAll(globalDeps));
        Map<String, Integer> state = new HashMap<>();
        for (String id : deps.keySet()) {
            visit(id, deps, state, new ArrayList<>());
        }
    }

    private static void visit(String id, Map<String, Set<String>> deps, Map<String, Integer> state, List<String> path) {
        Integer s = state.get(id);
        if (s != null && s == 2) {
            return;
        }
        path.add(id);
        if (s != null && s == 1) {
            fail("circular dependency: " + String.join(" -> ", path));
        }
        state.put(id, 1);
        for (String d : deps.getOrDefault(id, Set.of())) {
            visit(d, deps, state, path);
        }
        state.put(id, 2);
        path.remove(path.size() - 1);
    }

    @Test
    void tablesAreOnDemandWithPointInTimeRecoveryAndTtl() {
        Map<String, Map<String, Object>> tables = ofType(T, "AWS::DynamoDB::Table");
        assertEquals(Set.of("BudgetsTable", "LedgerTable", "InterventionsTable", "TasksTable", "AuditTable", "IdempotencyTable"), tables.keySet());
        tables.forEach((id, table) -> {
            Map<String, Object> p = properties(table);
            assertEquals("PAY_PER_REQUEST", p.get("BillingMode"), id);
            assertEquals(true, map(p.get("PointInTimeRecoverySpecification")).get("PointInTimeRecoveryEnabled"), id);
            assertEquals(Map.of("AttributeName", "expiresAt", "Enabled", true), p.get("TimeToLiveSpecification"), id);
            Set<String> defined = new TreeSet<>();
            for (Object a : (List<?>) p.get("AttributeDefinitions")) {
                defined.add((String) map(a).get("AttributeName"));
            }
            Set<String> keyed = new TreeSet<>(keyAttributes(p.get("KeySchema")));
            for (Object gsi : (List<?>) p.getOrDefault("GlobalSecondaryIndexes", List.of())) {
                keyed.addAll(keyAttributes(map(gsi).get("KeySchema")));
                assertNotNull(map(gsi).get("Projection"), id + " index needs a projection");
            }
            assertEquals(keyed, defined, id + ": AttributeDefinitions must be exactly the key attributes (CloudFormation rule)");
        });
    }

    private static List<String> keyAttributes(Object keySchema) {
        return ((List<?>) keySchema).stream().map(k -> (String) map(k).get("AttributeName")).toList();
    }

    @Test
    void functionsShareOneJarRuntimeSnapStartAndJsonLogs() {
        Map<String, Object> globals = map(map(T.get("Globals")).get("Function"));
        assertEquals("java21", globals.get("Runtime"));
        assertEquals("functions/target/doorbraak-functions.jar", globals.get("CodeUri"), "the jar ./doorbraak package builds");
        assertEquals(Map.of("ApplyOn", "PublishedVersions"), globals.get("SnapStart"));
        assertEquals("JSON", map(globals.get("LoggingConfig")).get("LogFormat"));
        assertNotNull(globals.get("AutoPublishAlias"), "SnapStart works on published versions");
        ofType(T, "AWS::Serverless::Function").forEach((id, f) -> {
            Map<String, Object> p = properties(f);
            assertFalse(p.containsKey("CodeUri") || p.containsKey("Runtime"), id + " must use the shared jar and runtime");
        });
    }

    @Test
    void everyHandlerIsAClassInTheFunctionsModule() throws Exception {
        for (var e : ofType(T, "AWS::Serverless::Function").entrySet()) {
            String handler = (String) properties(e.getValue()).get("Handler");
            assertTrue(handler.endsWith("::handleRequest"), e.getKey() + ": " + handler);
            Class<?> c = Class.forName(handler.substring(0, handler.indexOf("::")));
            assertTrue(RequestHandler.class.isAssignableFrom(c), handler + " implements RequestHandler");
            assertTrue(c.getPackageName().equals("nl.doorbraak.handlers.api") || c.getPackageName().equals("nl.doorbraak.handlers.flow"), handler);
            assertEquals(!events(e.getValue()).isEmpty(), c.getPackageName().endsWith(".api"), e.getKey() + ": API handlers have routes, flow handlers none");
        }
    }

    @Test
    void everyHandlerIsInTheJarWhenTheJarIsCurrent() throws IOException {
        Path jar = Project.ROOT.resolve("functions/target/doorbraak-functions.jar");
        Path classes = Project.ROOT.resolve("functions/target/classes");
        Assumptions.assumeTrue(Files.exists(jar), "no jar yet: run ./doorbraak package to check the jar too");
        FileTime newestClass;
        try (Stream<Path> s = Files.walk(classes)) {
            newestClass = s.filter(p -> p.toString().endsWith(".class")).map(TemplateTest::modified).max(FileTime::compareTo).orElseThrow();
        }
        Assumptions.assumeTrue(modified(jar).compareTo(newestClass) >= 0, "the jar is older than the classes; ./doorbraak package rebuilds it");
        try (JarFile j = new JarFile(jar.toFile())) {
            for (var f : ofType(T, "AWS::Serverless::Function").values()) {
                String handler = (String) properties(f).get("Handler");
                String entry = handler.substring(0, handler.indexOf("::")).replace('.', '/') + ".class";
                assertNotNull(j.getEntry(entry), entry + " in " + jar);
            }
            assertNotNull(j.getEntry("com/amazonaws/services/lambda/runtime/RequestHandler.class"), "shaded dependencies");
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> events(Map<String, Object> function) {
        return map(properties(function).get("Events"));
    }

    @Test
    void routesAreExactlyTheRoleMatrix() {
        Set<String> routes = new TreeSet<>();
        ofType(T, "AWS::Serverless::Function").forEach((id, f) -> events(f).forEach((name, ev) -> {
            assertEquals("HttpApi", map(ev).get("Type"), id + "." + name);
            Map<String, Object> p = properties(map(ev));
            assertEquals(Map.of("Ref", "HttpApi"), p.get("ApiId"), id + "." + name);
            assertTrue(routes.add(p.get("Method") + " " + p.get("Path")), "duplicate route " + p);
        }));
        Set<String> matrix = Stream.of(Endpoint.values()).map(Endpoint::routeKey).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(matrix, routes);
    }

    @Test
    void apiUsesAJwtAuthorizerWithIssuerAndAudienceParameters() {
        Map<String, Object> api = properties(ofType(T, "AWS::Serverless::HttpApi").get("HttpApi"));
        Map<String, Object> auth = map(api.get("Auth"));
        String name = (String) auth.get("DefaultAuthorizer");
        Map<String, Object> jwt = map(map(map(auth.get("Authorizers")).get(name)).get("JwtConfiguration"));
        assertEquals("$request.header.Authorization", map(map(auth.get("Authorizers")).get(name)).get("IdentitySource"));
        String issuer = jwt.get("issuer").toString();
        assertTrue(issuer.contains("JwtIssuer") && issuer.contains("UserPool"), issuer);
        String audience = jwt.get("audience").toString();
        assertTrue(audience.contains("JwtAudience") && audience.contains("UserPoolClient"), audience);
        assertTrue(map(T.get("Parameters")).keySet().containsAll(Set.of("JwtIssuer", "JwtAudience")));
    }

    @Test
    void cognitoGroupsAreTheRoles() {
        Set<String> groups = ofType(T, "AWS::Cognito::UserPoolGroup").values().stream()
                .map(g -> (String) properties(g).get("GroupName")).collect(Collectors.toSet());
        assertEquals(Stream.of(Role.values()).map(Role::group).collect(Collectors.toSet()), groups);
        List<?> schema = (List<?>) properties(ofType(T, "AWS::Cognito::UserPool").get("UserPool")).get("Schema");
        assertTrue(schema.stream().anyMatch(a -> "tenant".equals(map(a).get("Name"))), "custom:tenant attribute");
    }

    @Test
    void policiesAreSamTemplatesOnResourcesOfThisStackOrExplicitStatements() {
        Map<String, Map<String, Object>> all = new HashMap<>(ofType(T, "AWS::Serverless::Function"));
        all.putAll(ofType(T, "AWS::Serverless::StateMachine"));
        all.forEach((id, r) -> {
            List<?> policies = (List<?>) properties(r).get("Policies");
            assertNotNull(policies, id + " needs least-privilege policies");
            for (Object p : policies) {
                Map<String, Object> policy = map(p);
                assertEquals(1, policy.size(), id + ": " + policy);
                String kind = policy.keySet().iterator().next();
                if (kind.equals("Statement")) {
                    for (Object st : (List<?>) policy.get("Statement")) {
                        assertEquals("Allow", map(st).get("Effect"));
                        assertNotNull(map(st).get("Sid"), id + ": name every explicit statement");
                    }
                    continue;
                }
                assertTrue(POLICY_TEMPLATES.containsKey(kind), id + ": unknown policy template " + kind);
                Object target = map(policy.get(kind)).get(POLICY_TEMPLATES.get(kind));
                assertNotNull(target, id + ": " + kind + " needs " + POLICY_TEMPLATES.get(kind));
                String ref = target.toString();
                assertTrue(resources(T).keySet().stream().anyMatch(ref::contains), id + ": " + kind + " on " + ref);
            }
        });
    }

    @Test
    void notificationsTopicAndOutputs() {
        assertEquals(1, ofType(T, "AWS::SNS::Topic").size());
        Map<String, Object> outputs = map(T.get("Outputs"));
        assertTrue(outputs.keySet().containsAll(Set.of("ApiUrl", "StateMachineArn", "NotificationsTopicArn", "UserPoolId", "UserPoolClientId")));
        Map<String, Object> env = map(map(map(map(T.get("Globals")).get("Function")).get("Environment")).get("Variables"));
        for (String table : ofType(T, "AWS::DynamoDB::Table").keySet()) {
            assertTrue(env.containsValue(Map.of("Ref", table)), "functions learn the name of " + table + " from the environment");
        }
    }

    @Test
    void webPagesAndApiShareOneOriginAndTheBucketStaysPrivate() {
        Map<String, Object> config = map(properties(ofType(T, "AWS::CloudFront::Distribution").get("WebDistribution")).get("DistributionConfig"));
        assertEquals("index.html", config.get("DefaultRootObject"));
        assertEquals("web", map(config.get("DefaultCacheBehavior")).get("TargetOriginId"));
        Map<String, Object> api = map(((List<?>) config.get("CacheBehaviors")).get(0));
        assertEquals("/api/*", api.get("PathPattern"));
        assertEquals("api", api.get("TargetOriginId"));
        assertEquals("4135ea2d-6df8-44a3-9df3-4b5a84be39ad", api.get("CachePolicyId"), "no caching of API answers");
        assertTrue(((List<?>) api.get("AllowedMethods")).containsAll(List.of("POST", "PATCH")));
        String apiOrigin = ((List<?>) config.get("Origins")).stream().map(o -> map(o)).filter(o -> "api".equals(o.get("Id")))
                .findFirst().orElseThrow().get("DomainName").toString();
        assertTrue(apiOrigin.contains("${HttpApi}"), apiOrigin);
        Map<String, Object> block = map(properties(ofType(T, "AWS::S3::Bucket").get("WebBucket")).get("PublicAccessBlockConfiguration"));
        assertEquals(4, block.values().stream().filter(Boolean.TRUE::equals).count());
    }

    /** Calls {@code visitor} for every single-key map (an intrinsic function) anywhere in the tree. */
    static void walk(Object node, java.util.function.BiConsumer<String, Object> visitor) {
        if (node instanceof Map<?, ?> m) {
            if (m.size() == 1) {
                var e = m.entrySet().iterator().next();
                visitor.accept(String.valueOf(e.getKey()), e.getValue());
            }
            m.values().forEach(v -> walk(v, visitor));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> walk(v, visitor));
        }
    }
}
