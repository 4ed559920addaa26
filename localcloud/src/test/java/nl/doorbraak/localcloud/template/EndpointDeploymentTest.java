package nl.doorbraak.localcloud.template;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.doorbraak.localcloud.LocalCloud;
import nl.doorbraak.localcloud.apigateway.ThinHttpFront;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static nl.doorbraak.localcloud.template.DeployReport.Outcome.CREATED;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The route other endpoints get: an engine without the application port stands in for LocalStack; the template is
 * deployed to its URL through the SDK, and the suite's thin HTTP front invokes the functions through its Lambda API.
 */
class EndpointDeploymentTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aTemplateDeployedToAnEndpointIsServedByTheThinFront(@TempDir Path dir) throws Exception {
        Path template = TestTemplates.testApplication(dir);
        LocalCloud.Options engineOnly = new LocalCloud.Options("127.0.0.1", 0, null, null, null, 2, line -> { });
        try (LocalCloud engine = LocalCloud.start(engineOnly);
             EndpointDeployment endpoint = new EndpointDeployment(engine.engineUrl(), "us-east-1")) {
            EndpointDeployment.Result result = endpoint.deploy(template, null, Map.of(), "remote", line -> { });
            assertEquals(CREATED, result.report().outcomeOf("HttpFunction"));
            try (ThinHttpFront front = new ThinHttpFront(endpoint.lambda(), result.httpApis())) {
                HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create(front.url() + "/whoami")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(401, refused.statusCode());
                String token = new ObjectMapper().readTree(HTTP.send(HttpRequest.newBuilder(URI.create(front.url() + "/local/token"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"sub\":\"remote-1\",\"groups\":[\"finance\"],\"tenant\":\"GM9999\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString()).body()).get("token").asText();
                HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(front.url() + "/api/items/9"))
                        .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(201, created.statusCode(), created.body());
                assertEquals("created for remote-1", created.body());
            }
        }
    }
}
