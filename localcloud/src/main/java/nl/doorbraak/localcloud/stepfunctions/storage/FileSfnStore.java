package nl.doorbraak.localcloud.stepfunctions.storage;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.doorbraak.localcloud.stepfunctions.dataflow.Json;
import nl.doorbraak.localcloud.stepfunctions.engine.Execution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * The durable store: one JSON file per state machine and per execution under {@code <dataDir>/stepfunctions/},
 * replaced atomically on every save, plus the clock offset. Loaded whole at start.
 */
public final class FileSfnStore extends InMemorySfnStore {
    private static final ObjectMapper MAPPER = Json.MAPPER.copy()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Path machinesDir;
    private final Path executionsDir;
    private final Path clockFile;

    public FileSfnStore(Path dataDir) {
        Path root = dataDir.resolve("stepfunctions");
        this.machinesDir = root.resolve("statemachines");
        this.executionsDir = root.resolve("executions");
        this.clockFile = root.resolve("clock-offset");
        try {
            Files.createDirectories(machinesDir);
            Files.createDirectories(executionsDir);
            load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void load() throws IOException {
        try (Stream<Path> files = Files.list(machinesDir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                StateMachineRecord sm = MAPPER.readValue(p.toFile(), StateMachineRecord.class);
                machines.put(sm.stateMachineArn(), sm);
            }
        }
        try (Stream<Path> files = Files.list(executionsDir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                Execution ex = MAPPER.readValue(p.toFile(), Execution.class);
                executions.put(ex.executionArn, ex);
            }
        }
        if (Files.exists(clockFile)) {
            super.saveClockOffset(Long.parseLong(Files.readString(clockFile).trim()));
        }
    }

    @Override
    public void putStateMachine(StateMachineRecord sm) {
        super.putStateMachine(sm);
        write(machinesDir.resolve(fileName(sm.stateMachineArn())), bytes(sm));
    }

    @Override
    public void deleteStateMachine(String arn) {
        super.deleteStateMachine(arn);
        try {
            Files.deleteIfExists(machinesDir.resolve(fileName(arn)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void saveExecution(Execution ex) {
        super.saveExecution(ex);
        write(executionsDir.resolve(fileName(ex.executionArn)), bytes(ex));
    }

    @Override
    public void saveClockOffset(long offsetMillis) {
        super.saveClockOffset(offsetMillis);
        write(clockFile, Long.toString(offsetMillis).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(Object o) {
        try {
            return MAPPER.writeValueAsBytes(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path target, byte[] data) {
        try {
            Path tmp = target.resolveSibling(target.getFileName() + "." + Thread.currentThread().threadId() + ".tmp");
            Files.write(tmp, data);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fileName(String arn) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(arn.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16) + ".json";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
