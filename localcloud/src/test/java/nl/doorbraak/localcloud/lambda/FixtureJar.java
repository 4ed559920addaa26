package nl.doorbraak.localcloud.lambda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Packs the compiled test handlers ({@code nl.doorbraak.localcloud.lambda.fixture}) into a function jar, as a build would. */
public final class FixtureJar {
    private static byte[] cached;

    private FixtureJar() {
    }

    public static synchronized byte[] bytes() {
        if (cached != null) {
            return cached;
        }
        try {
            Path classes = Path.of(FixtureJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path fixtures = classes.resolve("nl/doorbraak/localcloud/lambda/fixture");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out); Stream<Path> files = Files.walk(fixtures)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    ZipEntry entry = new ZipEntry(classes.relativize(file).toString().replace('\\', '/'));
                    entry.setTime(0);
                    zip.putNextEntry(entry);
                    zip.write(Files.readAllBytes(file));
                    zip.closeEntry();
                }
            }
            cached = out.toByteArray();
            return cached;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path write(Path dir) {
        try {
            Path jar = dir.resolve("fixture-functions.jar");
            Files.write(jar, bytes());
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
