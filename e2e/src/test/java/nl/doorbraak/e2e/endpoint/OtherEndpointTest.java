package nl.doorbraak.e2e.endpoint;

import nl.doorbraak.e2e.api.Answer;
import nl.doorbraak.e2e.api.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.ClassNameFilter.excludeClassNamePatterns;
import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/**
 * The proof that the API scenarios are endpoint-portable, without Docker and without manual steps: a separately
 * started {@code ./doorbraak engine --in-memory} process stands in for LocalStack, the template and the packaged jar
 * are deployed to it through the SDK-based deployer (the path LocalStack gets), and every scenario class of
 * {@code nl.doorbraak.e2e.api} and {@code nl.doorbraak.e2e.finance} runs again against it (through the JUnit Platform launcher, with
 * {@code doorbraak.endpoint} set, which is what {@code ./doorbraak test --endpoint URL} sets). Our engine offers the
 * clock and its log holds the function output, so nothing may be skipped there: every scenario must pass.
 * Skipped itself when the whole suite already runs against another endpoint.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OtherEndpointTest {
    /** Test classes that do not go through Stacks (they test the store on the in-process engines). */
    private static final String[] IN_PROCESS_ONLY = {".*DebitTransactionTest", ".*EvidenceOverdueTest"};

    private Path root;
    private EngineProcess engine;

    @BeforeAll
    void startEngine() throws IOException {
        Assumptions.assumeTrue(EndpointTarget.fromEnvironment() == null && !LocalStackEndpoint.requested()
                && !AwsApiStack.requested(), "skipped: the whole suite already runs against another endpoint");
        root = Path.of(System.getProperty("doorbraak.root", "..")).toAbsolutePath().normalize();
        Path jar = root.resolve("functions/target/doorbraak-functions.jar");
        Assumptions.assumeTrue(Files.isRegularFile(jar), "skipped: " + jar + " is not built (runs in the verify phase)");
        engine = EngineProcess.start(root, root.resolve("e2e/target/other-endpoint-engine.log"));
    }

    @AfterAll
    void stopEngine() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    @Order(1)
    void a_budget_created_through_the_api_reads_back_from_the_other_endpoint() {
        EndpointTarget target = EndpointTarget.of(engine.url(), "us-east-1", "test", "test", engine.log(),
                "./doorbraak engine at " + engine.url());
        try (RemoteStack stack = RemoteStack.deploy(target, root)) {
            User finance = User.finance("fin-endpoint");
            String body = "{\"budgetId\":\"zm-endpoint\",\"name\":\"Budget via een ander endpoint\",\"year\":2026,"
                    + "\"allocatedCents\":5000000,\"mandateLimitCents\":100000,\"approverLimitCents\":1000000,"
                    + "\"ledgerAccount\":\"4420\",\"costCenter\":\"ZM-01\"}";
            Answer created = stack.call(finance, "POST", "/api/budgets", body);
            assertEquals(201, created.status(), created.toString());
            Answer read = stack.call(finance, "GET", "/api/budgets/zm-endpoint", null);
            assertEquals(200, read.status(), read.toString());
            assertEquals(5000000, read.json().path("availableCents").asLong(), read.toString());
            assertEquals("Budget via een ander endpoint", read.json().path("name").asText());
            assertEquals(404, stack.call(finance.inTenant(User.OTHER_TENANT), "GET", "/api/budgets/zm-endpoint", null).status(),
                    "another tenant must not see it");
            assertEquals(401, stack.anonymous("GET", "/api/budgets").status(), "no token: the front's JWT authorizer refuses");
            assertTrue(stack.hasClock(), "our engine offers POST /_localcloud/clock");
        }
    }

    @Test
    @Order(2)
    void every_api_scenario_passes_against_the_engine_as_another_endpoint() {
        Outcomes outcomes = new Outcomes();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        System.setProperty(EndpointTarget.PROPERTY, engine.url());
        System.setProperty("doorbraak.endpoint.log", engine.log().toString());
        try {
            Launcher launcher = LauncherFactory.create();
            launcher.execute(request().selectors(selectPackage("nl.doorbraak.e2e.api"), selectPackage("nl.doorbraak.e2e.finance"))
                    .filters(includeClassNamePatterns(".*Test"), excludeClassNamePatterns(IN_PROCESS_ONLY)).build(),
                    summary, outcomes);
        } finally {
            System.clearProperty(EndpointTarget.PROPERTY);
            System.clearProperty("doorbraak.endpoint.log");
        }
        var s = summary.getSummary();
        System.out.println("other endpoint (./doorbraak engine, template and jar deployed through the SDK): "
                + s.getTestsFoundCount() + " scenarios, " + s.getTestsSucceededCount() + " passed, "
                + (s.getTestsSkippedCount() + s.getTestsAbortedCount()) + " skipped, " + s.getTestsFailedCount()
                + " failed, in " + (s.getTimeFinished() - s.getTimeStarted()) / 1000 + " s");
        outcomes.problems.forEach(p -> System.out.println("  " + p));
        assertTrue(s.getTestsFoundCount() > 0, "no API scenarios found");
        assertTrue(outcomes.problems.isEmpty(), "every scenario must pass on our engine (it has the clock):\n"
                + String.join("\n", outcomes.problems));
        assertEquals(s.getTestsFoundCount(), s.getTestsSucceededCount(), "every scenario passed");
    }

    /** Failed, aborted (skipped by assumption) and disabled scenarios and containers, each with its reason. */
    private static final class Outcomes implements TestExecutionListener {
        final List<String> problems = new CopyOnWriteArrayList<>();

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                problems.add(result.getStatus() + " " + id.getLegacyReportingName() + " ("
                        + id.getUniqueId().replaceAll(".*class:([^\\]]*)].*", "$1") + "): "
                        + result.getThrowable().map(t -> String.valueOf(t.getMessage()).lines().findFirst().orElse(""))
                        .orElse(""));
            }
        }

        @Override
        public void executionSkipped(TestIdentifier id, String reason) {
            problems.add("SKIPPED " + id.getLegacyReportingName() + ": " + reason);
        }
    }
}
