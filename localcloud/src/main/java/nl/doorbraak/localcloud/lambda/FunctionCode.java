package nl.doorbraak.localcloud.lambda;

import java.nio.file.Path;
import java.util.List;

/**
 * A function's deployed code: the archive as uploaded (identified by its SHA-256, base64 as Lambda reports it)
 * and the class path a function JVM gets from it.
 */
public record FunctionCode(Path archive, String sha256, long size, List<Path> classpath) {
    public FunctionCode {
        classpath = List.copyOf(classpath);
    }
}
