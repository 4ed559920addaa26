package nl.doorbraak.e2e.endpoint;

import nl.doorbraak.localcloud.apigateway.ClockControl;
import nl.doorbraak.localcloud.apigateway.FunctionInvoker;
import nl.doorbraak.localcloud.apigateway.HttpApiDefinition;
import nl.doorbraak.localcloud.apigateway.HttpApiGateway;
import nl.doorbraak.localcloud.apigateway.LocalKeys;
import nl.doorbraak.localcloud.apigateway.LocalModeEndpoints;
import nl.doorbraak.localcloud.apigateway.LocalTokenIssuer;
import nl.doorbraak.localcloud.http.LocalCloudServer;
import nl.doorbraak.localcloud.template.HttpApiTarget;
import software.amazon.awssdk.services.lambda.LambdaClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

/**
 * The suite's own thin HTTP front for endpoints without an HTTP API (API Gateway v2) emulation with a JWT
 * authorizer: the template's routes, served on an ephemeral port of this JVM by the same gateway code the local
 * cloud uses. It checks the JWT (signed by a key of this run, issued here), builds the payload-format-2.0 event
 * with the claims rendered as API Gateway's JWT authorizer renders them ({@code cognito:groups} as
 * {@code [approver finance]}), and invokes the function through the endpoint's Lambda {@code Invoke} API. So the
 * functions, tables and state machine are the endpoint's; only the API Gateway hop is ours. {@code /local/token}
 * and {@code /local/clock} work as in {@code ./doorbraak local} (the clock only where the endpoint has one). The local
 * cloud's {@code apigateway.ThinHttpFront} is the same idea without a clock; this one also forwards the clock and
 * issues the scenarios' tokens in-process.
 */
public final class ThinHttpFront implements HttpApiTarget, AutoCloseable {
    private final LocalCloudServer server;
    private final HttpApiGateway gateway;
    private final LocalKeys keys = LocalKeys.generate();
    private final LocalTokenIssuer tokens;

    public ThinHttpFront(LambdaClient lambda, String accountId, ClockControl clock) {
        try {
            server = new LocalCloudServer("127.0.0.1", 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        gateway = new HttpApiGateway("front", accountId, FunctionInvoker.remote(lambda), Clock.systemUTC());
        tokens = new LocalTokenIssuer(keys, server.url() + "/local", Clock.systemUTC());
        server.route(LocalModeEndpoints.PREFIX, new LocalModeEndpoints(tokens, LocalModeEndpoints.audienceOf(gateway), clock));
        server.route("/", gateway);
        server.start();
    }

    /** The deployer's HTTP API step: install the template's routes and authorizers here. */
    @Override
    public boolean apply(HttpApiDefinition api) {
        gateway.apply(api, tokens.issuer(), keys::publicKey);
        return true;
    }

    public String url() {
        return server.url();
    }

    /** An ID token for a user, as {@code POST /local/token} would issue it. */
    public String token(String sub, String name, List<String> groups, String tenant) {
        return tokens.issue(tokens.claims(sub, name, groups, tenant, LocalModeEndpoints.audienceOf(gateway).get()));
    }

    @Override
    public void close() {
        server.close();
    }
}
