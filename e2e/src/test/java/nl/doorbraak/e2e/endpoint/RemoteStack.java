package nl.doorbraak.e2e.endpoint;

import nl.doorbraak.e2e.api.Answer;
import nl.doorbraak.e2e.api.ApiStack;
import nl.doorbraak.e2e.api.User;
import nl.doorbraak.localcloud.template.CodeLocator;
import nl.doorbraak.localcloud.template.DeployReport;
import nl.doorbraak.localcloud.template.Deployer;
import nl.doorbraak.localcloud.template.DeploymentPlan;
import nl.doorbraak.localcloud.template.Planner;
import nl.doorbraak.localcloud.template.Stack;
import nl.doorbraak.localcloud.template.TemplateLoader;
import org.junit.jupiter.api.Assumptions;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sfn.SfnClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The application deployed to another endpoint (LocalStack, Floci, a separately started {@code ./doorbraak engine})
 * exactly as a user would deploy it there: {@code template.yaml} planned by our template loader and sent through the
 * SDK-based deployer ({@code CreateTable}, Lambda {@code CreateFunction} with the packaged jar as {@code ZipFile},
 * {@code CreateStateMachine}), each test class under its own stack name so runs never see each other's data. The
 * HTTP API goes to the suite's {@link ThinHttpFront}, which invokes the functions through the endpoint's Lambda API.
 * The clock moves only where the endpoint has one; elsewhere a scenario that needs time to pass is skipped, by name.
 * {@link #close()} deletes what it deployed.
 */
public final class RemoteStack implements ApiStack {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String ACCOUNT = "000000000000";

    private final EndpointTarget target;
    private final DynamoDbClient dynamo;
    private final LambdaClient lambda;
    private final SfnClient sfn;
    private final RemoteClock clock;
    private final ThinHttpFront front;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private DeploymentPlan plan;

    private RemoteStack(EndpointTarget target) {
        this.target = target;
        URI url = target.url();
        Region region = Region.of(target.region());
        dynamo = DynamoDbClient.builder().endpointOverride(url).region(region).credentialsProvider(target.credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofMinutes(1))).build();
        lambda = LambdaClient.builder().endpointOverride(url).region(region).credentialsProvider(target.credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofMinutes(5))).build();
        sfn = SfnClient.builder().endpointOverride(url).region(region).credentialsProvider(target.credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofMinutes(1))).build();
        clock = new RemoteClock(url);
        front = new ThinHttpFront(lambda, ACCOUNT, clock);
    }

    /** Deploys template.yaml with the packaged jar to the endpoint and returns the stack; skips when the jar is not built. */
    public static RemoteStack deploy(EndpointTarget target, Path root) {
        Path jar = root.resolve("functions/target/doorbraak-functions.jar");
        Assumptions.assumeTrue(Files.isRegularFile(jar), "skipped on " + target.label() + ": " + jar
                + " is not built (./doorbraak package, or run in the verify phase)");
        RemoteStack stack = new RemoteStack(target);
        String name = "e2e" + HexFormat.of().formatHex(new byte[] {(byte) ThreadLocalRandom.current().nextInt(),
                (byte) ThreadLocalRandom.current().nextInt(), (byte) ThreadLocalRandom.current().nextInt()});
        long started = System.nanoTime();
        try {
            var template = TemplateLoader.load(root.resolve("template.yaml"), Map.of());
            stack.plan = Planner.plan(template, new Stack(name, target.region(), ACCOUNT), CodeLocator.of(jar));
            List<String> lines = new ArrayList<>();
            DeployReport report = new Deployer(stack.dynamo, stack.lambda, stack.sfn, stack.front, lines::add).deploy(stack.plan);
            System.out.println("endpoint " + target.label() + ": stack " + name + " deployed in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms (" + count(report, "Table") + " tables, "
                    + count(report, "Function") + " functions from " + root.relativize(jar) + ", "
                    + count(report, "StateMachine") + " state machine; HTTP API on the suite's front " + stack.front.url()
                    + (stack.clock.available() ? "; clock: yes" : "; clock: none, time-dependent scenarios skip") + ")");
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw new IllegalStateException("deploying template.yaml to " + target.label() + " failed: " + e.getMessage(), e);
        }
    }

    private static long count(DeployReport report, String kind) {
        return report.actions().stream().filter(a -> a.kind().equals(kind)).count();
    }

    /** Every step is a Lambda invocation on the endpoint, whose function JVMs may start cold on a busy machine. */
    @Override
    public Duration patience() {
        return Duration.ofMinutes(5);
    }

    /**
     * Waits until the intervention's execution waits (its last history event a submitted task or an entered Wait
     * state), so a timer is armed before the clock moves. (No {@code @Override}: the harness's ApiStack may or may
     * not declare it yet.)
     */
    public void settle(String interventionId) {
        String arn = plan.stack().arn("states", "execution:" + plan.stateMachines().get(0).name() + ":" + interventionId);
        long until = System.nanoTime() + patience().toNanos();
        while (System.nanoTime() < until) {
            var events = sfn.getExecutionHistory(b -> b.executionArn(arn).reverseOrder(true).maxResults(1)).events();
            if (!events.isEmpty() && List.of("TaskSubmitted", "WaitStateEntered").contains(events.get(0).typeAsString())) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The execution's history on the endpoint, one line per event (for diagnosing a scenario that got stuck). */
    public String history(String interventionId) {
        try {
            String arn = plan.stack().arn("states", "execution:" + plan.stateMachines().get(0).name() + ":" + interventionId);
            StringBuilder sb = new StringBuilder("execution ").append(sfn.describeExecution(b -> b.executionArn(arn))
                    .statusAsString()).append('\n');
            sfn.getExecutionHistory(b -> b.executionArn(arn).maxResults(1000)).events().forEach(e -> sb.append(e.timestamp())
                    .append(' ').append(e.typeAsString()).append(' ')
                    .append(e.stateEnteredEventDetails() == null ? "" : e.stateEnteredEventDetails().name())
                    .append(e.taskFailedEventDetails() == null ? "" : e.taskFailedEventDetails().error() + " " + e.taskFailedEventDetails().cause())
                    .append(e.executionFailedEventDetails() == null ? "" : e.executionFailedEventDetails().error() + " " + e.executionFailedEventDetails().cause())
                    .append(e.taskTimedOutEventDetails() == null ? "" : e.taskTimedOutEventDetails().error())
                    .append('\n'));
            return sb.toString();
        } catch (RuntimeException e) {
            return "(no execution history: " + e.getMessage() + ")";
        }
    }

    public String frontUrl() {
        return front.url();
    }

    public boolean hasClock() {
        return clock.available();
    }

    @Override
    public Answer call(User user, String method, String pathAndQuery, String jsonBody) {
        String token = tokens.computeIfAbsent(user.sub() + "|" + user.tenant() + "|" + user.groups(),
                k -> front.token(user.sub(), user.name(), user.groups(), user.tenant()));
        return send(method, pathAndQuery, jsonBody, "Bearer " + token);
    }

    @Override
    public Answer anonymous(String method, String pathAndQuery) {
        return send(method, pathAndQuery, "GET".equals(method) ? null : "{}", null);
    }

    private Answer send(String method, String pathAndQuery, String body, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(front.url() + pathAndQuery)).timeout(Duration.ofMinutes(2))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> headers = new HashMap<>();
            r.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
            return new Answer(r.statusCode(), headers, r.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + pathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Moves the endpoint's clock; where it has none, the calling scenario is skipped with the reason. */
    @Override
    public void advance(Duration by) {
        Assumptions.assumeTrue(clock.available(), () -> "skipped on " + target.label()
                + ": this scenario needs time to pass, and the endpoint offers no clock (POST " + RemoteClock.PATH + ")");
        clock.advance(by);
    }

    /** The OUTBOX lines in the endpoint's function log; skips the calling check when that log is not readable here. */
    @Override
    public String outbox() {
        Assumptions.assumeTrue(target.functionLog() != null && Files.isReadable(target.functionLog()), () -> "skipped on "
                + target.label() + ": the notification outbox is in the endpoint's function log; set DOORBRAAK_ENDPOINT_LOG to read it");
        try (var lines = Files.lines(target.functionLog())) {
            StringBuilder sb = new StringBuilder();
            lines.filter(l -> l.contains("OUTBOX ")).forEach(l -> sb.append(l).append('\n'));
            return sb.toString();
        } catch (IOException | java.io.UncheckedIOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        front.close();
        if (plan != null) {
            plan.stateMachines().forEach(m -> quietly(() -> sfn.deleteStateMachine(b -> b.stateMachineArn(
                    plan.stack().arn("states", "stateMachine:" + m.name())))));
            plan.functions().forEach(f -> quietly(() -> lambda.deleteFunction(b -> b.functionName(f.name()))));
            plan.tables().forEach(t -> quietly(() -> dynamo.deleteTable(b -> b.tableName(t.name()))));
        }
        for (AutoCloseable c : new AutoCloseable[] {dynamo, lambda, sfn}) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing
            }
        }
    }

    private static void quietly(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException ignored) {
            // best effort: the endpoint may already have dropped it
        }
    }
}
