package nl.doorbraak.handlers.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import nl.doorbraak.handlers.flow.FlowContext;

/** HTTP API handler for /api/budgets: create, list, read, ledger ({@link BudgetsApi}). */
public class BudgetsHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final Api api;

    /** As Lambda creates it: wired from the environment once per process (and snapshotted by SnapStart). */
    public BudgetsHandler() {
        this(FlowContext.fromEnv(System.getenv()));
    }

    public BudgetsHandler(FlowContext ctx) {
        this.api = new BudgetsApi(ctx);
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return api.handle(event);
    }
}
