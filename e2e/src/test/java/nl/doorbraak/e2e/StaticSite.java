package nl.doorbraak.e2e;

import nl.doorbraak.localcloud.apigateway.StaticFiles;
import nl.doorbraak.localcloud.http.LocalCloudServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The web pages alone, served by the local cloud's static-file handler on an ephemeral port (no API behind them). */
public final class StaticSite implements AutoCloseable {
    private final LocalCloudServer server;

    private StaticSite(LocalCloudServer server) { this.server = server; }

    public static Path repositoryRoot() {
        return Path.of(System.getProperty("doorbraak.root", "..")).toAbsolutePath().normalize();
    }

    public static StaticSite start() {
        return start(repositoryRoot().resolve("web"));
    }

    /** Serves the pages from {@code folder} (a copy of {@code web/} with another config.json, for instance). */
    public static StaticSite start(Path folder) {
        try {
            LocalCloudServer server = new LocalCloudServer("127.0.0.1", 0);
            server.route("/", new StaticFiles(folder));
            server.start();
            return new StaticSite(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String page) { return server.url() + "/" + page; }

    public String origin() { return server.url(); }

    @Override
    public void close() { server.close(); }
}
