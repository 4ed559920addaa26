package nl.doorbraak.e2e.endpoint;

import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * LocalStack for {@code mvn verify -Plocalstack}: started once per test JVM by Testcontainers' LocalStack module, then
 * used exactly like any other endpoint ({@link RemoteStack}: template deployed with the packaged jar, HTTP API through
 * the suite's front). Image and tag from {@code -Dlocalstack.image=} or {@code LOCALSTACK_IMAGE} (default
 * {@value #DEFAULT_IMAGE}); {@code LOCALSTACK_AUTH_TOKEN} is passed through when set (LocalStack's images need one
 * since its free edition ended in March 2026). Without a Docker engine every scenario is skipped, and one line says why.
 */
final class LocalStackEndpoint {
    static final String DEFAULT_IMAGE = "localstack/localstack:latest";
    private static LocalStackContainer container;
    private static EndpointTarget target;
    private static String unavailable;

    private LocalStackEndpoint() {
    }

    static boolean requested() {
        return Boolean.getBoolean("doorbraak.localstack");
    }

    static synchronized EndpointTarget target() {
        if (target == null && unavailable == null) {
            start();
        }
        Assumptions.assumeTrue(unavailable == null, () -> unavailable);
        return target;
    }

    private static void start() {
        String image = EndpointTarget.setting("localstack.image", "LOCALSTACK_IMAGE");
        image = image == null ? DEFAULT_IMAGE : image;
        if (!dockerLooksPresent() || !DockerClientFactory.instance().isDockerAvailable()) {
            unavailable = "localstack profile skipped: no Docker engine here (DOCKER_HOST unset, no /var/run/docker.sock), "
                    + "and Testcontainers needs one to start " + image;
            System.out.println(unavailable);
            return;
        }
        LocalStackContainer c = new LocalStackContainer(DockerImageName.parse(image)
                .asCompatibleSubstituteFor("localstack/localstack"));
        String token = System.getenv("LOCALSTACK_AUTH_TOKEN");
        if (token != null && !token.isBlank()) {
            c.withEnv("LOCALSTACK_AUTH_TOKEN", token);
        }
        c.start();
        container = c;
        Runtime.getRuntime().addShutdownHook(new Thread(c::stop, "localstack-stop"));
        target = EndpointTarget.of(c.getEndpoint().toString(), c.getRegion(), c.getAccessKey(), c.getSecretKey(), null,
                "LocalStack (" + image + ")");
        System.out.println("localstack: " + image + " at " + c.getEndpoint());
    }

    /** A cheap look before asking Testcontainers, whose own search logs a page of errors when there is nothing. */
    private static boolean dockerLooksPresent() {
        String host = System.getenv("DOCKER_HOST");
        if (host != null && !host.isBlank()) {
            return true;
        }
        Path home = Path.of(System.getProperty("user.home"));
        return Files.exists(Path.of("/var/run/docker.sock")) || Files.exists(home.resolve(".docker/run/docker.sock"))
                || Files.exists(home.resolve(".testcontainers.properties"))
                || Files.exists(Path.of(System.getenv().getOrDefault("XDG_RUNTIME_DIR", "/nonexistent"), "docker.sock"));
    }
}
