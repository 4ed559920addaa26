package nl.doorbraak.localcloud.apigateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Issues tokens shaped like Cognito ID tokens (local mode only), signed with {@link LocalKeys}.
 * <p>Decision: the HTTP API takes Cognito <em>ID</em> tokens. They carry {@code cognito:groups} and custom
 * attributes such as {@code custom:tenant} natively, with {@code aud} = the app client id, which the JWT authorizer
 * checks; access tokens would need a pre-token-generation trigger to carry the tenant. So locally we issue what
 * Cognito would: {@code token_use=id}, {@code cognito:username}, {@code name}, {@code custom:tenant},
 * {@code cognito:groups}, one hour of validity.
 */
public final class LocalTokenIssuer {
    public static final long VALIDITY_SECONDS = 3600;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalKeys keys;
    private final String issuer;
    private final Clock clock;

    public LocalTokenIssuer(LocalKeys keys, String issuer, Clock clock) {
        this.keys = keys;
        this.issuer = issuer;
        this.clock = clock;
    }

    public String issuer() {
        return issuer;
    }

    public LocalKeys keys() {
        return keys;
    }

    public ObjectNode claims(String sub, String name, List<String> groups, String tenant, String audience) {
        long now = clock.millis() / 1000;
        ObjectNode claims = JSON.createObjectNode();
        claims.put("sub", sub);
        if (groups != null && !groups.isEmpty()) {
            var array = claims.putArray("cognito:groups");
            groups.forEach(array::add);
        }
        claims.put("iss", issuer).put("cognito:username", sub).put("origin_jti", UUID.randomUUID().toString())
                .put("aud", audience).put("event_id", UUID.randomUUID().toString()).put("token_use", "id")
                .put("auth_time", now);
        if (name != null) {
            claims.put("name", name);
        }
        if (tenant != null) {
            claims.put("custom:tenant", tenant);
        }
        claims.put("exp", now + VALIDITY_SECONDS).put("iat", now).put("jti", UUID.randomUUID().toString());
        return claims;
    }

    public String issue(ObjectNode claims) {
        return Jwt.sign(claims, keys.kid(), keys.pair().getPrivate());
    }
}
