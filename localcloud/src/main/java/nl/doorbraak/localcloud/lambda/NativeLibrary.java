package nl.doorbraak.localcloud.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks the runtime interface client's JNI library once, atomically, into the service's work directory; function
 * processes load it from there through the client's own system property instead of each unpacking it to the same
 * fixed file in /tmp.
 */
final class NativeLibrary {
    static final String PROPERTY = "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";

    private NativeLibrary() {
    }

    /** Returns the unpacked library, or null when this platform has none in the jar (the client then does its own thing). */
    static Path extract(Path clientJar, Path dir) throws IOException {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String cpu = arch.equals("aarch64") || arch.equals("arm64") ? "aarch_64" : "x86_64";
        boolean musl = Files.exists(Path.of("/lib/ld-musl-x86_64.so.1")) || Files.exists(Path.of("/lib/ld-musl-aarch64.so.1"));
        String name = "libaws-lambda-jni.linux" + (musl ? "_musl-" : "-") + cpu + ".so";
        try (ZipFile jar = new ZipFile(clientJar.toFile())) {
            ZipEntry entry = jar.getEntry("jni/" + name);
            if (entry == null) {
                return null;
            }
            Path target = dir.resolve(name);
            if (Files.exists(target) && Files.size(target) == entry.getSize()) {
                return target;
            }
            Path tmp = Files.createTempFile(dir, name, ".part");
            try (InputStream in = jar.getInputStream(entry)) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        }
    }
}
