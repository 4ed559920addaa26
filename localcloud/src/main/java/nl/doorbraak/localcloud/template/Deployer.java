package nl.doorbraak.localcloud.template;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import static nl.doorbraak.localcloud.template.DeployReport.Outcome.CREATED;
import static nl.doorbraak.localcloud.template.DeployReport.Outcome.SKIPPED;
import static nl.doorbraak.localcloud.template.DeployReport.Outcome.UNCHANGED;
import static nl.doorbraak.localcloud.template.DeployReport.Outcome.UPDATED;

/**
 * Deploys a {@link DeploymentPlan} through the AWS SDK against any endpoint (our local cloud, LocalStack, Floci):
 * tables, then functions (code as {@code ZipFile}), then state machines, then HTTP APIs. Idempotent: what exists and
 * matches is left alone; a function whose code or configuration differs is updated; a state machine whose definition
 * differs gets {@code UpdateStateMachine}. Tables are never changed or dropped (that would lose data).
 */
public final class Deployer {
    private final DynamoDbClient dynamo;
    private final FunctionTarget functions;
    private final SfnClient sfn;
    private final HttpApiTarget httpApi;
    private final Consumer<String> log;

    public Deployer(DynamoDbClient dynamo, LambdaClient lambda, SfnClient sfn, HttpApiTarget httpApi, Consumer<String> log) {
        this(dynamo, new SdkFunctionTarget(lambda), sfn, httpApi, log);
    }

    public Deployer(DynamoDbClient dynamo, FunctionTarget functions, SfnClient sfn, HttpApiTarget httpApi, Consumer<String> log) {
        this.dynamo = dynamo;
        this.functions = functions;
        this.sfn = sfn;
        this.httpApi = httpApi;
        this.log = log;
    }

    public DeployReport deploy(DeploymentPlan plan) {
        List<DeployReport.Action> actions = new ArrayList<>();
        plan.tables().forEach(t -> actions.add(table(t)));
        Map<Path, String> hashes = new java.util.HashMap<>();
        plan.functions().forEach(f -> actions.add(function(f, hashes)));
        plan.stateMachines().forEach(m -> actions.add(stateMachine(m)));
        plan.httpApis().forEach(api -> actions.add(new DeployReport.Action(api.name(), "HttpApi", api.name(),
                httpApi.apply(api) ? UPDATED : UNCHANGED, api.routes().size() + " routes")));
        plan.skipped().forEach(s -> actions.add(new DeployReport.Action(s.substring(0, s.indexOf(' ')), "skipped", "", SKIPPED, s)));
        DeployReport report = new DeployReport(actions);
        for (DeployReport.Action a : actions) {
            if (a.outcome() != UNCHANGED) {
                log.accept("deploy: " + a.outcome().name().toLowerCase() + " " + a.kind() + " " + a.logicalId()
                        + (a.physicalName().isEmpty() ? "" : " (" + a.physicalName() + ")"));
            }
        }
        return report;
    }

    private DeployReport.Action table(DeploymentPlan.Table t) {
        try {
            dynamo.describeTable(b -> b.tableName(t.name()));
            return new DeployReport.Action(t.logicalId(), "Table", t.name(), UNCHANGED, "");
        } catch (ResourceNotFoundException missing) {
            dynamo.createTable(t.request());
            if (t.timeToLiveAttribute() != null) {
                dynamo.updateTimeToLive(b -> b.tableName(t.name())
                        .timeToLiveSpecification(s -> s.enabled(true).attributeName(t.timeToLiveAttribute())));
            }
            return new DeployReport.Action(t.logicalId(), "Table", t.name(), CREATED, "");
        }
    }

    private DeployReport.Action function(DeploymentPlan.Function f, Map<Path, String> hashes) {
        String sha = hashes.computeIfAbsent(f.code(), Deployer::sha256);
        Optional<FunctionTarget.Deployed> existing = functions.find(f.name());
        if (existing.isEmpty()) {
            functions.create(f, f.code());
            return new DeployReport.Action(f.logicalId(), "Function", f.name(), CREATED, "");
        }
        FunctionTarget.Deployed c = existing.get();
        List<String> changes = new ArrayList<>();
        if (!sha.equals(c.codeSha256())) {
            functions.updateCode(f.name(), f.code());
            changes.add("code");
        }
        if (!Objects.equals(f.handler(), c.handler()) || !Objects.equals(f.runtime(), c.runtime())
                || f.memoryMb() != c.memoryMb() || f.timeoutSeconds() != c.timeoutSeconds()
                || !c.environment().equals(f.environment())) {
            functions.updateConfiguration(f);
            changes.add("configuration");
        }
        return new DeployReport.Action(f.logicalId(), "Function", f.name(), changes.isEmpty() ? UNCHANGED : UPDATED,
                String.join(", ", changes));
    }

    private DeployReport.Action stateMachine(DeploymentPlan.StateMachine m) {
        Optional<String> arn = findStateMachine(m.name());
        if (arn.isEmpty()) {
            sfn.createStateMachine(b -> b.name(m.name()).definition(m.definition()).roleArn(m.roleArn()).type(m.type()));
            return new DeployReport.Action(m.logicalId(), "StateMachine", m.name(), CREATED, "");
        }
        DescribeStateMachineResponse current = sfn.describeStateMachine(b -> b.stateMachineArn(arn.get()));
        if (sameJson(current.definition(), m.definition())) {
            return new DeployReport.Action(m.logicalId(), "StateMachine", m.name(), UNCHANGED, "");
        }
        sfn.updateStateMachine(b -> b.stateMachineArn(arn.get()).definition(m.definition()).roleArn(m.roleArn()));
        return new DeployReport.Action(m.logicalId(), "StateMachine", m.name(), UPDATED, "definition");
    }

    private Optional<String> findStateMachine(String name) {
        for (var page : sfn.listStateMachinesPaginator(b -> { })) {
            for (StateMachineListItem item : page.stateMachines()) {
                if (item.name().equals(name)) {
                    return Optional.of(item.stateMachineArn());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean sameJson(String a, String b) {
        try {
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            return json.readTree(a).equals(json.readTree(b));
        } catch (IOException e) {
            return Objects.equals(a, b);
        }
    }

    static String sha256(Path file) {
        try (var in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return Base64.getEncoder().encodeToString(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
