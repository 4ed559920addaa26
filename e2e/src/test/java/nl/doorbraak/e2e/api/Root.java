package nl.doorbraak.e2e.api;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root: the {@code doorbraak.root} system property Maven sets, else the parent of the working dir. */
final class Root {

    private Root() {
    }

    static Path path() {
        String prop = System.getProperty("doorbraak.root");
        if (prop != null) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("template.yaml")) || Files.exists(here.resolve("doorbraak")) ? here : here.getParent();
    }
}
