package nl.doorbraak.localcloud.template;

import nl.doorbraak.localcloud.apigateway.HttpApiDefinition;
import nl.doorbraak.localcloud.lambda.FixtureJar;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The application's own {@code template.yaml} loads and plans for the local cloud (sam validate stands elsewhere). */
class RealTemplateTest {

    @Test
    void theApplicationTemplatePlansCompletely(@TempDir Path dir) {
        Path root = TestTemplates.repoRoot();
        Path file = root == null ? null : root.resolve("template.yaml");
        Assumptions.assumeTrue(file != null && Files.exists(file), "template.yaml is not in this checkout yet");
        Path jar = FixtureJar.write(dir);

        DeploymentPlan plan = Planner.plan(TemplateLoader.load(file, Map.of()), Stack.local("doorbraak"), CodeLocator.of(jar));

        assertFalse(plan.tables().isEmpty());
        assertFalse(plan.functions().isEmpty());
        assertEquals(1, plan.stateMachines().size());
        for (DeploymentPlan.StateMachine m : plan.stateMachines()) {
            assertFalse(m.definition().matches("(?s).*\\$\\{[A-Za-z0-9_]+}.*"), "every DefinitionSubstitution is resolved: " + m.name());
            assertTrue(m.definition().contains("arn:aws:lambda:us-east-1:000000000000:function:doorbraak-"), m.definition());
        }
        for (DeploymentPlan.Function f : plan.functions()) {
            assertTrue(f.name().startsWith("doorbraak-"), f.name());
            assertEquals(jar, f.code());
            f.environment().forEach((k, v) -> assertFalse(v.contains("${"), k + " = " + v));
        }
        HttpApiDefinition api = plan.httpApis().get(0);
        assertFalse(api.routes().isEmpty());
        assertFalse(api.authorizers().isEmpty());
        assertTrue(api.routes().stream().allMatch(r -> r.routeKey().contains(" /api/")), api.routes().toString());
    }
}
