package nl.doorbraak.e2e.api;

/**
 * Which stack the scenarios run on: {@code -Ddoorbraak.api.stack=local} for the full local stack (child process,
 * real Lambda JVMs running the shaded jar), {@code inprocess} (default) for the engines with in-process handlers.
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
        String which = System.getProperty("doorbraak.api.stack", "inprocess");
        return "local".equals(which) ? HttpStack.start() : InProcessStack.start();
    }
}
