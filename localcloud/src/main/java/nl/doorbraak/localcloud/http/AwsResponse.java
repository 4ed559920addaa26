package nl.doorbraak.localcloud.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A successful AWS JSON protocol response: status 200 unless told otherwise, a JSON body, extra headers. */
public record AwsResponse(int status, byte[] body, Map<String, String> headers) {

    public static AwsResponse ok(byte[] json) {
        return new AwsResponse(200, json, Map.of());
    }

    public static AwsResponse ok(String json) {
        return ok(json.getBytes(StandardCharsets.UTF_8));
    }
}
