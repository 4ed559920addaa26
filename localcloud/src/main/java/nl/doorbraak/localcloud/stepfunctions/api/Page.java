package nl.doorbraak.localcloud.stepfunctions.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.http.AwsServiceException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Offset pagination with opaque {@code nextToken}s, as the List* operations page. */
record Page(int from, int to, int total) {
    static Page of(JsonNode req, int total) throws AwsServiceException {
        int max = req.path("maxResults").asInt(0);
        if (max <= 0) max = 100;
        if (max > 1000) max = 1000;
        int from = 0;
        String token = req.hasNonNull("nextToken") ? req.get("nextToken").asText() : null;
        if (token != null) {
            try {
                from = Integer.parseInt(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).substring(2));
            } catch (RuntimeException e) {
                throw Wire.error("InvalidToken", "Invalid Token: '" + token + "'");
            }
        }
        from = Math.min(Math.max(0, from), total);
        return new Page(from, Math.min(total, from + max), total);
    }

    void next(ObjectNode out) {
        if (to < total) {
            out.put("nextToken", Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("p:" + to).getBytes(StandardCharsets.UTF_8)));
        }
    }
}
