package nl.doorbraak.localcloud.template;

import nl.doorbraak.localcloud.lambda.FixtureJar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies the test template and the fixture function jar into a directory, as an application's checkout would have them. */
final class TestTemplates {
    private TestTemplates() {
    }

    static Path testApplication(Path dir) {
        try (InputStream in = TestTemplates.class.getResourceAsStream("/template/test-template.yaml")) {
            Path template = dir.resolve("template.yaml");
            Files.write(template, in.readAllBytes());
            FixtureJar.write(dir);
            return template;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository root (the directory holding the parent pom), found from the working directory. */
    static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("localcloud")))) {
            dir = dir.getParent();
        }
        return dir;
    }
}
