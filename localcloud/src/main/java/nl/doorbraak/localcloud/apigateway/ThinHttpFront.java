package nl.doorbraak.localcloud.apigateway;

import nl.doorbraak.localcloud.http.LocalCloudServer;
import software.amazon.awssdk.services.lambda.LambdaClient;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

/**
 * The HTTP API for an endpoint that has none (LocalStack's free edition, Floci, {@code ./doorbraak engine}): our own
 * gateway on a loopback port, invoking the functions through the endpoint's Lambda API, with the local token issuer
 * ({@code POST /local/token}) standing in for Cognito. The local clock is not offered: time-dependent scenarios need an
 * endpoint that has one.
 */
public final class ThinHttpFront implements AutoCloseable {
    private final LocalCloudServer server;
    private final HttpApiGateway gateway;

    public ThinHttpFront(LambdaClient lambda, List<HttpApiDefinition> apis) throws IOException {
        this.server = new LocalCloudServer("127.0.0.1", 0);
        LocalKeys keys = LocalKeys.generate();
        LocalTokenIssuer tokens = new LocalTokenIssuer(keys, server.url() + "/local", Clock.systemUTC());
        this.gateway = new HttpApiGateway("front", "000000000000", FunctionInvoker.remote(lambda), Clock.systemUTC());
        for (HttpApiDefinition api : apis) {
            gateway.apply(api, tokens.issuer(), keys::publicKey);
        }
        ClockControl noClock = new ClockControl() {
            @Override
            public java.time.Instant advance(java.time.Duration by) {
                throw new UnsupportedOperationException("this endpoint has no local clock");
            }

            @Override
            public java.time.Instant now() {
                return java.time.Instant.now();
            }
        };
        server.route(LocalModeEndpoints.PREFIX, new LocalModeEndpoints(tokens, LocalModeEndpoints.audienceOf(gateway), noClock));
        server.route("/", gateway);
        server.start();
    }

    public String url() {
        return server.url();
    }

    @Override
    public void close() {
        server.close();
    }
}
