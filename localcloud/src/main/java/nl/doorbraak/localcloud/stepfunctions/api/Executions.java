package nl.doorbraak.localcloud.stepfunctions.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.http.AwsServiceException;
import nl.doorbraak.localcloud.stepfunctions.engine.Execution;
import nl.doorbraak.localcloud.stepfunctions.engine.StepFunctionsEngine;

/** What the execution operations share: lookup by ARN and the DescribeExecution shape. */
final class Executions {
    final StepFunctionsEngine engine;
    final StateMachines machines;

    Executions(StepFunctionsEngine engine, StateMachines machines) {
        this.engine = engine;
        this.machines = machines;
    }

    Execution find(String arn) throws AwsServiceException {
        if (arn == null || !arn.startsWith("arn:aws") || !(arn.contains(":execution:") || arn.contains(":express:"))) {
            throw Wire.error("InvalidArn", "Invalid Arn: 'Resource type not valid in this context: " + arn + "'");
        }
        return engine.execution(arn).orElseThrow(() -> Wire.error("ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'"));
    }

    /** DescribeExecution's shape, or StartSyncExecution's ({@code sync}: billing details instead of redrive fields). */
    static ObjectNode describe(Execution ex, boolean sync) {
        ObjectNode out = Wire.object();
        out.put("executionArn", ex.executionArn);
        out.put("stateMachineArn", ex.stateMachineArn);
        out.put("name", ex.name);
        out.put("status", ex.status);
        Wire.time(out, "startDate", ex.startDate);
        if (!ex.running()) Wire.time(out, "stopDate", ex.stopDate);
        out.put("input", ex.input);
        out.putObject("inputDetails").put("included", true);
        if (ex.output != null) {
            out.put("output", ex.output);
            out.putObject("outputDetails").put("included", true);
        }
        if (ex.error != null) out.put("error", ex.error);
        if (ex.cause != null) out.put("cause", ex.cause);
        if (sync) {
            ObjectNode billing = out.putObject("billingDetails");
            billing.put("billedMemoryUsedInMB", 64);
            billing.put("billedDurationInMilliseconds", Math.max(100, ex.stopDate - ex.startDate));
        } else {
            out.put("redriveCount", 0);
            out.put("redriveStatus", "NOT_REDRIVABLE");
        }
        return out;
    }
}
