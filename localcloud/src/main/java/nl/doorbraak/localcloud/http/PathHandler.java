package nl.doorbraak.localcloud.http;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;

/** A handler for requests routed by path prefix (Lambda's REST-style API, the Runtime API, the local clock, HTTP API). */
@FunctionalInterface
public interface PathHandler {
    void handle(HttpExchange exchange) throws IOException;
}
