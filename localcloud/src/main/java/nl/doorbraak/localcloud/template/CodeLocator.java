package nl.doorbraak.localcloud.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the deployable archive for a function's {@code CodeUri}: an explicit packaged jar when given (all functions of
 * Doorbraak share {@code functions/target/doorbraak-functions.jar}), a {@code .jar}/{@code .zip} CodeUri as it is,
 * or the single jar that the Maven build left in {@code <CodeUri>/target/}.
 */
public record CodeLocator(Path packagedJar) {

    public static CodeLocator of(Path packagedJar) {
        return new CodeLocator(packagedJar);
    }

    public Path locate(Path baseDir, Object codeUri, String logicalId) {
        if (packagedJar != null) {
            if (!Files.isRegularFile(packagedJar)) {
                throw TemplateException.at(logicalId, "the packaged jar " + packagedJar + " does not exist; build it first (./doorbraak package)");
            }
            return packagedJar;
        }
        if (!(codeUri instanceof String uri)) {
            throw TemplateException.at(logicalId, "CodeUri must be a local path (S3 locations are not supported locally)");
        }
        Path path = baseDir.resolve(uri).normalize();
        if (Files.isRegularFile(path)) {
            return path;
        }
        Path target = path.resolve("target");
        if (Files.isDirectory(target)) {
            try (Stream<Path> files = Files.list(target)) {
                List<Path> jars = files.filter(p -> p.getFileName().toString().endsWith(".jar"))
                        .filter(p -> !p.getFileName().toString().startsWith("original-")).sorted().toList();
                if (jars.size() == 1) {
                    return jars.get(0);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw TemplateException.at(logicalId, "no packaged jar found for CodeUri " + uri + " (looked in " + target + ")");
    }
}
