package nl.doorbraak.store;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.net.URI;
import java.util.Map;

/** The DynamoDB client (url-connection HTTP client; endpoint from {@code AWS_ENDPOINT_URL} when set) and value helpers. */
public final class Dynamo {

    private Dynamo() {
    }

    /** A client for the environment: on AWS the regional endpoint, locally the one {@code AWS_ENDPOINT_URL} names. */
    public static DynamoDbClient client(Map<String, String> env) {
        var builder = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create());
        String endpoint = env.get("AWS_ENDPOINT_URL");
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }

    public static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    public static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    public static String str(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    public static long num(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || v.n() == null ? 0 : Long.parseLong(v.n());
    }

    public static Map<String, AttributeValue> key(String pkName, String pk, String skName, String sk) {
        return Map.of(pkName, s(pk), skName, s(sk));
    }
}
