package nl.doorbraak.e2e.endpoint;

import nl.doorbraak.e2e.api.Answer;
import nl.doorbraak.e2e.api.ApiStack;
import nl.doorbraak.e2e.api.User;
import org.junit.jupiter.api.Assumptions;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scenarios against a real AWS deployment ({@code ./doorbraak package && sam deploy --guided}): HTTP calls to the
 * deployed HTTP API with Cognito ID tokens, so API Gateway's own JWT authorizer checks them. Everything comes from
 * the environment, nothing from the repository:
 * <ul>
 *   <li>{@code DOORBRAAK_API_URL}: the stack's {@code ApiUrl} output;</li>
 *   <li>{@code DOORBRAAK_COGNITO_USER_POOL_ID}, {@code DOORBRAAK_COGNITO_CLIENT_ID}: the {@code UserPoolId} and
 *       {@code UserPoolClientId} outputs (the client must allow {@code ALLOW_ADMIN_USER_PASSWORD_AUTH}; see README);</li>
 *   <li>{@code DOORBRAAK_TEST_PASSWORD}: the password the suite gives its test users;</li>
 *   <li>AWS credentials and region from the default chain ({@code AWS_PROFILE}, {@code AWS_ACCESS_KEY_ID}, ...), with
 *       rights to administer that user pool.</li>
 * </ul>
 * Each scenario user becomes a Cognito user {@code e2e.<sub>.<tenant>@example.invalid} with the scenario's groups
 * and {@code custom:tenant}, created on first use and deleted at the end. Cognito chooses the {@code sub} itself,
 * so a scenario comparing a user's {@code sub} with an answer sees Cognito's. AWS has no clock to move and its
 * notifications go to SNS: scenarios that need either are skipped, by name.
 */
public final class AwsApiStack implements ApiStack {
    static final String API_URL = "DOORBRAAK_API_URL";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String apiUrl;
    private final String userPool;
    private final String client;
    private final String password;
    private final CognitoIdentityProviderClient cognito;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Set<String> created = ConcurrentHashMap.newKeySet();

    private AwsApiStack(String apiUrl, String userPool, String client, String password) {
        this.apiUrl = apiUrl.replaceAll("/+$", "");
        this.userPool = userPool;
        this.client = client;
        this.password = password;
        this.cognito = CognitoIdentityProviderClient.create();
    }

    static boolean requested() {
        return EndpointTarget.setting("doorbraak.api.url", API_URL) != null;
    }

    static AwsApiStack start() {
        String url = EndpointTarget.setting("doorbraak.api.url", API_URL);
        String pool = System.getenv("DOORBRAAK_COGNITO_USER_POOL_ID");
        String client = System.getenv("DOORBRAAK_COGNITO_CLIENT_ID");
        String password = System.getenv("DOORBRAAK_TEST_PASSWORD");
        Assumptions.assumeTrue(pool != null && client != null && password != null, "skipped against " + url
                + ": set DOORBRAAK_COGNITO_USER_POOL_ID, DOORBRAAK_COGNITO_CLIENT_ID and DOORBRAAK_TEST_PASSWORD (see README)");
        return new AwsApiStack(url, pool, client, password);
    }

    private String username(User user) {
        return ("e2e." + user.sub() + "." + user.tenant() + "@example.invalid").toLowerCase(Locale.ROOT);
    }

    private String token(User user) {
        return tokens.computeIfAbsent(user.sub() + "|" + user.tenant() + "|" + user.groups(), k -> {
            String username = username(user);
            try {
                cognito.adminCreateUser(b -> b.userPoolId(userPool).username(username).messageAction("SUPPRESS")
                        .userAttributes(attr("email", username), attr("email_verified", "true"), attr("name", user.name()),
                                attr("custom:tenant", user.tenant())));
                created.add(username);
            } catch (UsernameExistsException exists) {
                // left by an earlier run: reuse it
            }
            cognito.adminSetUserPassword(b -> b.userPoolId(userPool).username(username).password(password).permanent(true));
            for (String group : user.groups()) {
                cognito.adminAddUserToGroup(b -> b.userPoolId(userPool).username(username).groupName(group));
            }
            return cognito.adminInitiateAuth(b -> b.userPoolId(userPool).clientId(client)
                    .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", username, "PASSWORD", password)))
                    .authenticationResult().idToken();
        });
    }

    private static AttributeType attr(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }

    @Override
    public Answer call(User user, String method, String pathAndQuery, String jsonBody) {
        return send(method, pathAndQuery, jsonBody, "Bearer " + token(user));
    }

    @Override
    public Answer anonymous(String method, String pathAndQuery) {
        return send(method, pathAndQuery, "GET".equals(method) ? null : "{}", null);
    }

    private Answer send(String method, String pathAndQuery, String body, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(apiUrl + pathAndQuery)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> headers = new HashMap<>();
            r.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
            return new Answer(r.statusCode(), headers, r.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + pathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void advance(Duration by) {
        Assumptions.abort("skipped on AWS (" + apiUrl + "): this scenario needs time to pass, and AWS has no clock to move");
    }

    @Override
    public String outbox() {
        Assumptions.abort("skipped on AWS (" + apiUrl + "): notifications go to the SNS topic, not to a readable outbox");
        return "";
    }

    @Override
    public void close() {
        for (String username : List.copyOf(created)) {
            try {
                cognito.adminDeleteUser(b -> b.userPoolId(userPool).username(username));
            } catch (RuntimeException ignored) {
                // best effort
            }
        }
        cognito.close();
    }
}
