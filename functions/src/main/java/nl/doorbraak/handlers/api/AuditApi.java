package nl.doorbraak.handlers.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import nl.doorbraak.handlers.flow.FlowContext;

/** {@code GET /api/audit}: the auditor's export ({@link AuditExport}, issue 9), after the role check. */
public final class AuditApi extends Api {

    public AuditApi(FlowContext ctx) {
        super(ctx);
    }

    @Override
    protected APIGatewayV2HTTPResponse route(ApiRequest r) {
        r.requireRole(r.endpoint());
        return new AuditExport(ctx).route(r);
    }
}
