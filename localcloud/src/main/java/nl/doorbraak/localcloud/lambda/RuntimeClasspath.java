package nl.doorbraak.localcloud.lambda;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds AWS's runtime interface client and its dependencies on the engine's own class path (Maven puts them there:
 * {@code localcloud} depends on the client only to hand it to function processes).
 */
public final class RuntimeClasspath {
    private static final List<String> ARTIFACTS = List.of(
            "aws-lambda-java-runtime-interface-client", "aws-lambda-java-serialization", "aws-lambda-java-core", "utils-lite");

    private RuntimeClasspath() {
    }

    public static List<Path> fromCurrentClasspath() {
        List<Path> found = new ArrayList<>();
        for (String artifact : ARTIFACTS) {
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                String file = Path.of(entry).getFileName() == null ? "" : Path.of(entry).getFileName().toString();
                if (file.startsWith(artifact + "-") && file.endsWith(".jar")) {
                    found.add(Path.of(entry));
                    break;
                }
            }
        }
        if (found.isEmpty() || !found.get(0).getFileName().toString().startsWith(ARTIFACTS.get(0))) {
            return List.of(); // the service still starts; starting a function process then says what is missing
        }
        return List.copyOf(found);
    }
}
