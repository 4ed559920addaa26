package nl.doorbraak.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The repository root, the parsed template and its parts, as the template tests use them. */
final class Project {

    static final Path ROOT = findRoot();

    private Project() {
    }

    private static Path findRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("template.yaml"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("template.yaml not found above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    static Map<String, Object> template() {
        try {
            return CfnYaml.load(ROOT.resolve("template.yaml"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    static Map<String, Object> resources(Map<String, Object> template) {
        return map(template.get("Resources"));
    }

    /** Logical id → resource, for resources of one type. */
    static Map<String, Map<String, Object>> ofType(Map<String, Object> template, String type) {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        resources(template).forEach((id, r) -> {
            if (type.equals(map(r).get("Type"))) {
                out.put(id, map(r));
            }
        });
        return out;
    }

    static Map<String, Object> properties(Map<String, Object> resource) {
        return map(resource.get("Properties"));
    }

    /** A function's effective properties: Globals.Function overlaid by its own. */
    static Map<String, Object> functionProperties(Map<String, Object> template, Map<String, Object> function) {
        Map<String, Object> merged = new LinkedHashMap<>(map(map(template.get("Globals")).get("Function")));
        merged.putAll(properties(function));
        return merged;
    }
}
