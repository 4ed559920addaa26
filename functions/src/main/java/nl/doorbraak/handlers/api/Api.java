package nl.doorbraak.handlers.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import nl.doorbraak.domain.IllegalTransitionException;
import nl.doorbraak.domain.ValidationException;
import nl.doorbraak.handlers.flow.FlowContext;

/**
 * The common shape of an API handler: parse the event, dispatch on the route, turn refusals into the error shape.
 * Logs the route and status only (never bodies, claims or tokens).
 */
public abstract class Api {

    protected final FlowContext ctx;

    protected Api(FlowContext ctx) {
        this.ctx = ctx;
    }

    public final APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        ApiRequest request = ApiRequest.of(event);
        try {
            if (request.caller().tenant() == null || request.caller().tenant().isBlank()) {
                throw ApiException.forbidden("Uw account hoort bij geen gemeente; vraag de beheerder om dat in te stellen.");
            }
            return route(request);
        } catch (ApiException e) {
            return Responses.error(e);
        } catch (ValidationException e) {
            return Responses.error(new ApiException(400, "VALIDATION_FAILED", ValidationException.MESSAGE, e.fields()));
        } catch (IllegalTransitionException e) {
            return Responses.error(ApiException.conflict(e.dutchMessage()));
        } catch (RuntimeException e) {
            System.err.println("ERROR " + request.routeKey() + ": " + e.getClass().getName());
            e.printStackTrace();
            return Responses.error(new ApiException(500, "INTERNAL", "Er ging iets mis; probeer het opnieuw.", null));
        }
    }

    protected abstract APIGatewayV2HTTPResponse route(ApiRequest request);

    protected static ApiException notImplemented() {
        return new ApiException(501, "NOT_IMPLEMENTED", "Deze functie is nog niet beschikbaar.", null);
    }
}
