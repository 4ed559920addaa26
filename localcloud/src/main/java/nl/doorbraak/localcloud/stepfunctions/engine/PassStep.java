package nl.doorbraak.localcloud.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.stepfunctions.asl.PassState;
import nl.doorbraak.localcloud.stepfunctions.dataflow.OutputPath;
import nl.doorbraak.localcloud.stepfunctions.dataflow.Parameters;
import nl.doorbraak.localcloud.stepfunctions.dataflow.ResultPath;

/** Pass: InputPath → Parameters → Result → (Assign) → ResultPath → OutputPath, or JSONata Output. */
final class PassStep {
    private PassStep() {}

    static void run(StepRun run, PassState p) {
        if (run.jsonata()) {
            run.exit(run.simpleOutput(), run.next());
            return;
        }
        JsonNode eff = run.effectiveInput();
        if (p.parameters() != null) eff = Parameters.apply(p.parameters(), run.paths(eff));
        JsonNode result = p.result() != null ? p.result() : eff;
        JsonNode assigned = run.evaluateAssign(p.common().assign(), result);
        JsonNode out = ResultPath.apply(p.resultPath(), run.f.input, result);
        out = OutputPath.apply(p.common().outputPath(), out, run.paths(out));
        run.commitAssign(assigned);
        run.exit(out, run.next());
    }
}
