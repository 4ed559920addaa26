package nl.doorbraak.localcloud.template;

import nl.doorbraak.localcloud.apigateway.HttpApiDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loading and planning a SAM template: tags, Globals, parameters, conditions, intrinsics, loud failures. */
class TemplateLoaderTest {
    private static final Stack STACK = Stack.local("doorbraak-test");

    private static DeploymentPlan plan(Path dir, Map<String, String> overrides) {
        Template template = TemplateLoader.load(TestTemplates.testApplication(dir), overrides);
        return Planner.plan(template, STACK, CodeLocator.of(null));
    }

    private static DeploymentPlan.Function function(DeploymentPlan plan, String logicalId) {
        return plan.functions().stream().filter(f -> f.logicalId().equals(logicalId)).findFirst().orElseThrow();
    }

    @Test
    void globalsParametersAndIntrinsicsResolveIntoTheFunctionEnvironment(@TempDir Path dir) {
        DeploymentPlan plan = plan(dir, Map.of());
        DeploymentPlan.Function probe = function(plan, "ProbeFunction");

        assertEquals("doorbraak-test-ProbeFunction", probe.name());
        assertEquals(256, probe.memoryMb(), "from Globals");
        assertEquals(10, probe.timeoutSeconds(), "from Globals");
        assertEquals("java21", probe.runtime());
        assertEquals(dir.resolve("fixture-functions.jar"), probe.code());
        Map<String, String> env = probe.environment();
        assertEquals("doorbraak-test-CasesTable", env.get("CASES_TABLE"), "Globals variables merge with the function's own");
        assertEquals("local", env.get("STAGE"));
        assertEquals("hallo us-east-1 ${Literal}", env.get("GREETING"));
        assertEquals("arn:aws:states:us-east-1:000000000000:stateMachine:doorbraak-test-Flow", env.get("MACHINE"));
        assertEquals("doorbraak-test-Flow", env.get("MACHINE_NAME"));
        assertEquals("eu-west-1", env.get("FIRST_REGION"));
        assertEquals("local/b", env.get("JOINED"));
        assertEquals("probe@doorbraak-test-CasesTable", env.get("SUB_VARS"));
        assertFalse(env.containsKey("PROD_ONLY"), "AWS::NoValue removes the variable");
        assertEquals("doorbraak-test-http", function(plan, "HttpFunction").name(), "an explicit FunctionName wins");
    }

    @Test
    void tablesStateMachinesAndTheHttpApiArePlanned(@TempDir Path dir) {
        DeploymentPlan plan = plan(dir, Map.of());

        DeploymentPlan.Table table = plan.tables().get(0);
        assertEquals("doorbraak-test-CasesTable", table.name());
        assertEquals("PAY_PER_REQUEST", table.request().billingModeAsString());
        assertEquals("gsi1", table.request().globalSecondaryIndexes().get(0).indexName());
        assertEquals("expiresAt", table.timeToLiveAttribute());

        DeploymentPlan.StateMachine flow = plan.stateMachines().get(0);
        assertEquals("doorbraak-test-Flow", flow.name());
        assertTrue(flow.definition().contains("\"Resource\":\"arn:aws:lambda:us-east-1:000000000000:function:doorbraak-test-ProbeFunction\""),
                flow.definition());
        assertEquals("STANDARD", flow.type());

        HttpApiDefinition api = plan.httpApis().get(0);
        assertEquals("Api", api.name());
        HttpApiDefinition.Authorizer authorizer = api.authorizers().get(0);
        assertEquals("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_localUserPool", authorizer.issuer());
        assertEquals(List.of("local-userpoolclient"), authorizer.audiences());
        assertEquals("Authorization", authorizer.identitySourceHeader());
        assertEquals(List.of(
                new HttpApiDefinition.Route("GET /echo/{id}", "doorbraak-test-http", null),
                new HttpApiDefinition.Route("GET /whoami", "doorbraak-test-http", "CognitoAuthorizer"),
                new HttpApiDefinition.Route("POST /api/items/{itemId}", "doorbraak-test-http", "CognitoAuthorizer")), api.routes());
        assertTrue(plan.skipped().stream().anyMatch(s -> s.startsWith("UserPool ")), plan.skipped().toString());
    }

    @Test
    void conditionsFollowParameterOverridesAndUnsupportedResourcesFailByName(@TempDir Path dir) {
        Template prod = TemplateLoader.load(TestTemplates.testApplication(dir), Map.of("Stage", "prod"));
        TemplateException e = assertThrows(TemplateException.class, () -> Planner.plan(prod, STACK, CodeLocator.of(null)));
        assertEquals("Resource ProdAlarm: type AWS::EC2::Instance is not supported by the local deployer", e.getMessage());

        TemplateException bad = assertThrows(TemplateException.class,
                () -> TemplateLoader.load(TestTemplates.testApplication(dir), Map.of("Stage", "test")));
        assertEquals("Parameter Stage must be one of [local, prod], not 'test'", bad.getMessage());
    }

    @Test
    void unsupportedIntrinsicsAndPropertiesNameTheResource() {
        String importing = """
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.B::c
                      CodeUri: x.jar
                      Environment:
                        Variables:
                          SHARED: !ImportValue other-stack-table
                """;
        Template t = TemplateLoader.parse(importing, Path.of("."), Map.of());
        TemplateException e = assertThrows(TemplateException.class, () -> Planner.plan(t, STACK, CodeLocator.of(null)));
        assertEquals("Resource Fn: Fn::ImportValue is not supported by the local deployer", e.getMessage());

        String scheduled = """
                Resources:
                  Nightly:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.B::c
                      CodeUri: x.jar
                      Events:
                        Tick: { Type: Schedule, Properties: { Schedule: rate(1 day) } }
                """;
        Template s = TemplateLoader.parse(scheduled, Path.of("."), Map.of());
        TemplateException e2 = assertThrows(TemplateException.class, () -> Planner.plan(s, STACK, CodeLocator.of(null)));
        assertEquals("Resource Nightly (event Tick): event type Schedule is not supported by the local deployer", e2.getMessage());
    }
}
