package nl.doorbraak.localcloud.template;

import nl.doorbraak.localcloud.lambda.FunctionConfig;
import nl.doorbraak.localcloud.lambda.LambdaException;
import nl.doorbraak.localcloud.lambda.LambdaFunction;
import nl.doorbraak.localcloud.lambda.LambdaService;

import java.nio.file.Path;
import java.util.Optional;

/** Functions straight into the local Lambda service, code by file (same outcome as the Lambda API, without the upload). */
public record InProcessFunctionTarget(LambdaService lambda) implements FunctionTarget {

    @Override
    public Optional<Deployed> find(String name) {
        try {
            LambdaFunction f = lambda.getFunction(name);
            FunctionConfig c = f.config();
            return Optional.of(new Deployed(f.code().sha256(), c.handler(), c.runtime(), c.memoryMb(), c.timeoutSeconds(),
                    c.environment()));
        } catch (LambdaException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void create(DeploymentPlan.Function f, Path code) {
        lambda.createFunction(config(f), code);
    }

    @Override
    public void updateCode(String name, Path code) {
        lambda.updateFunctionCode(name, code);
    }

    @Override
    public void updateConfiguration(DeploymentPlan.Function f) {
        lambda.updateFunctionConfiguration(f.name(), c -> config(f));
    }

    private static FunctionConfig config(DeploymentPlan.Function f) {
        return new FunctionConfig(f.name(), f.handler(), f.runtime(), f.memoryMb(), f.timeoutSeconds(), f.environment(),
                f.role(), "", f.architectures());
    }
}
