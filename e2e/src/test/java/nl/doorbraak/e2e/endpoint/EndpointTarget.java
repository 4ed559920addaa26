package nl.doorbraak.e2e.endpoint;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import java.net.URI;
import java.nio.file.Path;

/**
 * An AWS-compatible endpoint the end-to-end suite deploys to and runs against: our own {@code ./doorbraak engine},
 * LocalStack, Floci, MiniStack. Read from the environment:
 * <ul>
 *   <li>{@code DOORBRAAK_ENDPOINT} (or {@code -Ddoorbraak.endpoint=}): the endpoint URL, e.g. {@code http://127.0.0.1:4566};
 *       {@code ./doorbraak test --endpoint URL} sets it;</li>
 *   <li>{@code AWS_REGION} (default {@code us-east-1}), {@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY}
 *       (default {@code test}/{@code test}, what local emulators accept);</li>
 *   <li>{@code DOORBRAAK_ENDPOINT_LOG} (optional): a file the endpoint writes its function output to, where the
 *       notification outbox ({@code OUTBOX ...} lines) can be read; without it outbox checks are skipped.</li>
 * </ul>
 */
public record EndpointTarget(URI url, String region, AwsCredentialsProvider credentials, Path functionLog, String label) {

    public static final String ENV = "DOORBRAAK_ENDPOINT";
    public static final String PROPERTY = "doorbraak.endpoint";

    /** The endpoint asked for by system property or environment, or null for the embedded default. */
    public static EndpointTarget fromEnvironment() {
        String url = setting(PROPERTY, ENV);
        if (url == null) {
            return null;
        }
        String region = firstNonBlank(System.getenv("AWS_REGION"), System.getenv("AWS_DEFAULT_REGION"), "us-east-1");
        String key = System.getenv("AWS_ACCESS_KEY_ID");
        String secret = System.getenv("AWS_SECRET_ACCESS_KEY");
        AwsCredentialsProvider credentials = StaticCredentialsProvider.create(key == null || secret == null
                ? AwsBasicCredentials.create("test", "test") : AwsBasicCredentials.create(key, secret));
        String log = setting("doorbraak.endpoint.log", "DOORBRAAK_ENDPOINT_LOG");
        return new EndpointTarget(URI.create(url), region, credentials, log == null ? null : Path.of(log), url);
    }

    public static EndpointTarget of(String url, String region, String accessKey, String secretKey, Path functionLog,
                                    String label) {
        return new EndpointTarget(URI.create(url), region,
                StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)), functionLog, label);
    }

    static String setting(String property, String env) {
        return firstNonBlank(System.getProperty(property), System.getenv(env), null);
    }

    private static String firstNonBlank(String a, String b, String fallback) {
        if (a != null && !a.isBlank()) {
            return a.strip();
        }
        if (b != null && !b.isBlank()) {
            return b.strip();
        }
        return fallback;
    }
}
