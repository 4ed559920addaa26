package nl.doorbraak.localcloud.template;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Functions through any endpoint's Lambda API (code as {@code ZipFile}), waiting until each is Active. */
public record SdkFunctionTarget(LambdaClient lambda) implements FunctionTarget {

    @Override
    public Optional<Deployed> find(String name) {
        try {
            FunctionConfiguration c = lambda.getFunction(b -> b.functionName(name)).configuration();
            Map<String, String> env = c.environment() == null || c.environment().variables() == null ? Map.of()
                    : c.environment().variables();
            return Optional.of(new Deployed(c.codeSha256(), c.handler(), c.runtimeAsString(), c.memorySize(), c.timeout(), env));
        } catch (ResourceNotFoundException missing) {
            return Optional.empty();
        }
    }

    @Override
    public void create(DeploymentPlan.Function f, Path code) {
        lambda.createFunction(b -> b.functionName(f.name()).handler(f.handler()).runtime(f.runtime())
                .memorySize(f.memoryMb()).timeout(f.timeoutSeconds()).role(f.role())
                .architecturesWithStrings(f.architectures().isEmpty() ? List.of("x86_64") : f.architectures())
                .environment(e -> e.variables(f.environment()))
                .code(c -> c.zipFile(SdkBytes.fromByteArray(read(code)))));
        waitActive(f.name());
    }

    @Override
    public void updateCode(String name, Path code) {
        lambda.updateFunctionCode(b -> b.functionName(name).zipFile(SdkBytes.fromByteArray(read(code))));
        waitActive(name);
    }

    @Override
    public void updateConfiguration(DeploymentPlan.Function f) {
        lambda.updateFunctionConfiguration(b -> b.functionName(f.name()).handler(f.handler()).runtime(f.runtime())
                .memorySize(f.memoryMb()).timeout(f.timeoutSeconds()).environment(e -> e.variables(f.environment())));
        waitActive(f.name());
    }

    private static byte[] read(Path code) {
        try {
            return Files.readAllBytes(code);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + code, e);
        }
    }

    /** LocalStack and AWS create functions asynchronously; wait (bounded) until they can be invoked. */
    private void waitActive(String name) {
        for (int i = 0; i < 120; i++) {
            FunctionConfiguration c = lambda.getFunction(b -> b.functionName(name)).configuration();
            boolean active = c.state() == null || "Active".equals(c.stateAsString());
            boolean updated = c.lastUpdateStatus() == null || !"InProgress".equals(c.lastUpdateStatusAsString());
            if (active && updated) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("Function " + name + " did not become active within a minute");
    }
}
