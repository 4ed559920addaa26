package nl.doorbraak.e2e.api;

import java.nio.file.Files;

/**
 * Which stack the scenarios run on ({@code -Ddoorbraak.api.stack=}):
 * <ul>
 *   <li>{@code cloud} (default when the shaded jar is built, as in {@code mvn verify}): the whole local cloud,
 *       template deployed, real Lambda JVMs running the jar, HTTP API with the JWT authorizer;</li>
 *   <li>{@code child}: {@code ./doorbraak local --in-memory} as a child process;</li>
 *   <li>{@code inprocess} (default otherwise): the DynamoDB and Step Functions engines, handlers in this JVM.</li>
 * </ul>
 * By default a whole cloud that cannot run on this build falls back to in-process (saying why on stderr); a stack
 * asked for explicitly skips instead.
 */
final class Stacks {

    private Stacks() {
    }

    static ApiStack start() {
        // another endpoint (./doorbraak test --endpoint URL, -Plocalstack, DOORBRAAK_API_URL): see e2e/endpoint
        ApiStack other = nl.doorbraak.e2e.endpoint.Endpoints.startIfRequested(Root.path());
        if (other != null) {
            return other;
        }
        boolean jar = Files.exists(Root.path().resolve("functions/target/doorbraak-functions.jar"));
        String which = System.getProperty("doorbraak.api.stack", jar ? "cloud" : "inprocess");
        try {
            return switch (which) {
                case "cloud" -> HttpStack.cloud();
                case "child" -> HttpStack.child();
                default -> InProcessStack.start();
            };
        } catch (HttpStack.StackUnavailable e) {
            if (System.getProperty("doorbraak.api.stack") != null) {
                org.junit.jupiter.api.Assumptions.abort("skipped: " + e.getMessage());
            }
            System.err.println("API scenarios run in-process: " + e.getMessage());
            return InProcessStack.start();
        }
    }
}
