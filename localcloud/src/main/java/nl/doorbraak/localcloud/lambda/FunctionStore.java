package nl.doorbraak.localcloud.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Keeps function definitions as one JSON file per function, next to the code store, so they survive a restart. */
final class FunctionStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;
    private final CodeStore code;

    FunctionStore(Path dir, CodeStore code) {
        this.dir = dir;
        this.code = code;
    }

    void save(LambdaFunction function) {
        FunctionConfig c = function.config();
        ObjectNode node = JSON.createObjectNode();
        node.put("name", c.name()).put("handler", c.handler()).put("runtime", c.runtime())
                .put("memoryMb", c.memoryMb()).put("timeoutSeconds", c.timeoutSeconds())
                .put("role", c.role()).put("description", c.description())
                .put("code", function.code().archive().getFileName().toString())
                .put("lastModified", function.lastModified()).put("revisionId", function.revisionId());
        node.set("environment", JSON.valueToTree(c.environment()));
        node.set("architectures", JSON.valueToTree(c.architectures()));
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, c.name(), ".part");
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), node);
            Files.move(tmp, dir.resolve(c.name() + ".json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String name) {
        try {
            Files.deleteIfExists(dir.resolve(name + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    List<LambdaFunction> loadAll() {
        List<LambdaFunction> functions = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return functions;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                Map<String, Object> m = JSON.readValue(file.toFile(), LinkedHashMap.class);
                Path archive = code.dir().resolve((String) m.get("code"));
                if (!Files.exists(archive)) {
                    continue;
                }
                FunctionConfig config = new FunctionConfig((String) m.get("name"), (String) m.get("handler"),
                        (String) m.get("runtime"), (Integer) m.get("memoryMb"), (Integer) m.get("timeoutSeconds"),
                        (Map<String, String>) m.get("environment"), (String) m.get("role"), (String) m.get("description"),
                        (List<String>) m.get("architectures"));
                functions.add(new LambdaFunction(config, code.open(archive), (String) m.get("lastModified"),
                        (String) m.get("revisionId")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return functions;
    }
}
