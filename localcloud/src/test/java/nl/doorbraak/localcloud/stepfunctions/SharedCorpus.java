package nl.doorbraak.localcloud.stepfunctions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the shared conformance corpus: {@code $DOORBRAAK_SHARED} or {@code <repo root>/../shared}.
 * Absent in a user's clone; tests that need it skip with a message.
 */
public final class SharedCorpus {
    private SharedCorpus() { }

    /** The {@code conformance/sfn/cases} directory, when present. */
    public static Optional<Path> sfnCases() {
        String env = System.getenv("DOORBRAAK_SHARED");
        Path shared = env != null && !env.isBlank() ? Path.of(env) : repoRoot().resolve("../shared");
        Path cases = shared.resolve("conformance/sfn/cases").normalize();
        return Files.isDirectory(cases) ? Optional.of(cases) : Optional.empty();
    }

    private static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("localcloud")) && Files.exists(p.resolve("pom.xml"))) return p;
        }
        return dir;
    }
}
