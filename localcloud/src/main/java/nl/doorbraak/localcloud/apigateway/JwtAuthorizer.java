package nl.doorbraak.localcloud.apigateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.security.PublicKey;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An HTTP API JWT authorizer: takes the token from the identity source (the {@code Authorization} header, with or
 * without {@code Bearer }), and accepts it only when it is an RS256 JWS signed by a key of the issuer, {@code iss} is
 * the configured issuer, {@code aud} (or an access token's {@code client_id}) is one of the audiences, and
 * {@code exp}/{@code nbf} hold. Anything else is a 401.
 * <p>Expiry is checked against the wall clock (as AWS does), not the engine clock: moving the engine clock forward to
 * let a deadline pass must not log everybody out.
 */
public record JwtAuthorizer(String name, String issuer, List<String> audiences, String identitySourceHeader,
                            Function<String, Optional<PublicKey>> keys, Clock clock) {

    /** Validated claims rendered as API Gateway puts them in {@code requestContext.authorizer.jwt}. */
    public record Authorized(Map<String, String> claims, List<String> scopes) {
    }

    public Optional<Authorized> authorize(String headerValue) {
        if (headerValue == null || headerValue.isBlank()) {
            return Optional.empty();
        }
        String token = headerValue.strip();
        if (token.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = token.substring(7).strip();
        }
        Jwt jwt = Jwt.parse(token);
        if (jwt == null || !"RS256".equals(jwt.alg()) || jwt.kid() == null) {
            return Optional.empty();
        }
        Optional<PublicKey> key = keys.apply(jwt.kid());
        if (key.isEmpty() || !jwt.verifiedBy(key.get())) {
            return Optional.empty();
        }
        ObjectNode claims = jwt.claims();
        if (!issuer.equals(claims.path("iss").asText(null))) {
            return Optional.empty();
        }
        if (!audienceMatches(claims)) {
            return Optional.empty();
        }
        long now = clock.millis() / 1000;
        if (!claims.path("exp").canConvertToLong() || claims.path("exp").asLong() <= now) {
            return Optional.empty();
        }
        if (claims.has("nbf") && claims.path("nbf").asLong() > now) {
            return Optional.empty();
        }
        List<String> scopes = claims.has("scope") ? List.of(claims.get("scope").asText().split(" ")) : null;
        return Optional.of(new Authorized(ClaimRenderer.render(claims), scopes));
    }

    private boolean audienceMatches(ObjectNode claims) {
        JsonNode aud = claims.get("aud");
        if (aud != null && aud.isArray()) {
            for (JsonNode a : aud) {
                if (audiences.contains(a.asText())) {
                    return true;
                }
            }
        } else if (aud != null && audiences.contains(aud.asText())) {
            return true;
        }
        return claims.has("client_id") && audiences.contains(claims.get("client_id").asText());
    }
}
