package nl.doorbraak.localcloud.lambda;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keeps uploaded function code under a directory, one archive per content hash (functions deployed from the same jar
 * share one file, which also lets them share a class-data-sharing archive).
 * <p>A jar (classes at its root) goes on the class path as it is. A zip in Lambda's Java layout (classes at the root
 * and dependencies under {@code lib/}) is extracted, and its root plus {@code lib/*.jar} form the class path, as in
 * Lambda's {@code /var/task}.
 */
public final class CodeStore {
    private final Path dir;
    /** Archives already described, by file: hashing and listing a 15 MB jar once is enough. */
    private final java.util.Map<Path, FunctionCode> opened = new java.util.concurrent.ConcurrentHashMap<>();
    /** Source files already stored, by path, size and modification time. */
    private final java.util.Map<String, FunctionCode> adopted = new java.util.concurrent.ConcurrentHashMap<>();

    public CodeStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public FunctionCode store(byte[] archive) {
        if (archive == null || archive.length == 0) {
            throw new LambdaException(400, "InvalidParameterValueException", "Uploaded file must be a non-empty zip");
        }
        String hex = HexFormat.of().formatHex(sha256(archive));
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(hex + ".zip");
            if (!Files.exists(file)) {
                Path tmp = Files.createTempFile(dir, hex, ".part");
                Files.write(tmp, archive);
                try {
                    hasLibFolder(tmp);
                } catch (LambdaException e) {
                    Files.deleteIfExists(tmp);
                    throw e;
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return open(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores an archive given as a file (the local deployer's path: no upload, one copy per content). */
    public FunctionCode store(Path archive) {
        try {
            String key = archive.toAbsolutePath() + "|" + Files.size(archive) + "|" + Files.getLastModifiedTime(archive).toMillis();
            FunctionCode known = adopted.get(key);
            if (known != null && Files.exists(known.archive())) {
                return known;
            }
            FunctionCode code = store(Files.readAllBytes(archive));
            adopted.put(key, code);
            return code;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Describes an archive already in the store (after a restart). */
    public FunctionCode open(Path file) {
        return opened.computeIfAbsent(file, this::describe);
    }

    private FunctionCode describe(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String sha = Base64.getEncoder().encodeToString(sha256(bytes));
            if (!hasLibFolder(file)) {
                return new FunctionCode(file, sha, bytes.length, List.of(file));
            }
            String name = file.getFileName().toString();
            Path root = dir.resolve(name.substring(0, name.length() - ".zip".length()));
            if (!Files.isDirectory(root)) {
                extract(bytes, root);
            }
            List<Path> classpath = new ArrayList<>();
            classpath.add(root);
            Path lib = root.resolve("lib");
            if (Files.isDirectory(lib)) {
                try (Stream<Path> jars = Files.list(lib)) {
                    jars.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(classpath::add);
                }
            }
            return new FunctionCode(file, sha, bytes.length, classpath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the zip's central directory only (no inflating). */
    private static boolean hasLibFolder(Path archive) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(archive.toFile())) {
            if (zip.size() == 0) {
                throw unreadable();
            }
            return zip.stream().anyMatch(e -> e.getName().startsWith("lib/") && e.getName().endsWith(".jar"));
        } catch (java.util.zip.ZipException e) {
            throw unreadable();
        }
    }

    private static LambdaException unreadable() {
        return new LambdaException(400, "InvalidParameterValueException",
                "Could not unzip uploaded file. Please check your file, then try to upload again.");
    }

    private static void extract(byte[] archive, Path root) throws IOException {
        Path tmp = Files.createTempDirectory(root.getParent(), root.getFileName() + ".");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                Path target = tmp.resolve(entry.getName()).normalize();
                if (!target.startsWith(tmp)) {
                    throw new LambdaException(400, "InvalidParameterValueException", "Zip entry outside the archive: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(new NonClosing(zip), target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        try {
            Files.move(tmp, root, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException raced) {
            if (!Files.isDirectory(root)) {
                throw raced;
            }
        }
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps {@code Files.copy} from closing the zip stream after one entry. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
