package nl.doorbraak.localcloud.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads {@code template.yaml}: parses the CloudFormation YAML, applies {@code Globals} to the serverless resources
 * (maps merge with the resource winning, lists add up, scalars are overridden) and fixes parameter values from
 * overrides or defaults (checking {@code AllowedValues}). Unknown resource types fail at deploy time, naming the
 * resource.
 */
public final class TemplateLoader {
    private static final Map<String, String> GLOBAL_SECTIONS = Map.of(
            "Function", "AWS::Serverless::Function",
            "HttpApi", "AWS::Serverless::HttpApi",
            "Api", "AWS::Serverless::Api",
            "SimpleTable", "AWS::Serverless::SimpleTable",
            "StateMachine", "AWS::Serverless::StateMachine",
            "LayerVersion", "AWS::Serverless::LayerVersion");

    private TemplateLoader() {
    }

    public static Template load(Path file, Map<String, String> parameterOverrides) {
        try {
            return parse(Files.readString(file), file.toAbsolutePath().getParent(), parameterOverrides);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the template " + file, e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Template parse(String text, Path baseDir, Map<String, String> parameterOverrides) {
        Map<String, Object> doc = CfnYaml.parse(text);
        Map<String, Object> globals = map(doc.get("Globals"));
        for (String section : globals.keySet()) {
            if (!GLOBAL_SECTIONS.containsKey(section)) {
                throw new TemplateException("Globals." + section + " is not a SAM Globals section");
            }
        }
        Map<String, Resource> resources = new LinkedHashMap<>();
        Map<String, Object> raw = map(doc.get("Resources"));
        if (raw.isEmpty()) {
            throw new TemplateException("The template has no Resources");
        }
        raw.forEach((id, value) -> {
            Map<String, Object> r = map(value);
            String type = (String) r.get("Type");
            if (type == null) {
                throw TemplateException.at(id, "has no Type");
            }
            Map<String, Object> properties = map(r.get("Properties"));
            for (var g : GLOBAL_SECTIONS.entrySet()) {
                if (g.getValue().equals(type) && globals.containsKey(g.getKey())) {
                    properties = (Map<String, Object>) merge(globals.get(g.getKey()), properties);
                }
            }
            resources.put(id, new Resource(id, type, properties, (String) r.get("Condition")));
        });
        return new Template(baseDir, parameters(map(doc.get("Parameters")), parameterOverrides),
                map(doc.get("Conditions")), map(doc.get("Mappings")), resources, map(doc.get("Outputs")), globals);
    }

    private static Map<String, Object> parameters(Map<String, Object> declared, Map<String, String> overrides) {
        for (String name : overrides.keySet()) {
            if (!declared.containsKey(name)) {
                throw new TemplateException("Parameter override " + name + " is not a parameter of the template");
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        declared.forEach((name, spec) -> {
            Map<String, Object> p = map(spec);
            Object value = overrides.containsKey(name) ? overrides.get(name) : p.get("Default");
            if (value == null) {
                throw new TemplateException("Parameter " + name + " has no Default and no override was given");
            }
            String text = String.valueOf(value);
            List<?> allowed = p.get("AllowedValues") instanceof List<?> l ? l : null;
            if (allowed != null && allowed.stream().map(String::valueOf).noneMatch(text::equals)) {
                throw new TemplateException("Parameter " + name + " must be one of " + allowed + ", not '" + text + "'");
            }
            String type = String.valueOf(p.getOrDefault("Type", "String"));
            if (type.equals("CommaDelimitedList") || type.startsWith("List<")) {
                List<String> items = new ArrayList<>();
                for (String s : text.split(",")) {
                    items.add(s.strip());
                }
                values.put(name, items);
            } else {
                values.put(name, text);
            }
        });
        return values;
    }

    /** SAM's Globals merge: maps merge key by key (resource wins), lists are concatenated, scalars are overridden. */
    @SuppressWarnings("unchecked")
    static Object merge(Object global, Object local) {
        if (local == null) {
            return global;
        }
        if (global instanceof Map<?, ?> g && local instanceof Map<?, ?> l && !isIntrinsic(l)) {
            Map<String, Object> out = new LinkedHashMap<>((Map<String, Object>) g);
            ((Map<String, Object>) l).forEach((k, v) -> out.put(k, merge(out.get(k), v)));
            return out;
        }
        if (global instanceof List<?> g && local instanceof List<?> l) {
            List<Object> out = new ArrayList<>(g);
            out.addAll(l);
            return out;
        }
        return local;
    }

    static boolean isIntrinsic(Map<?, ?> map) {
        if (map.size() != 1) {
            return false;
        }
        String key = String.valueOf(map.keySet().iterator().next());
        return key.equals("Ref") || key.equals("Condition") || key.startsWith("Fn::");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        if (value == null) {
            return new LinkedHashMap<>();
        }
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new TemplateException("Expected a mapping but found " + value);
    }

    static final Set<String> PSEUDO = Set.of("AWS::Region", "AWS::AccountId", "AWS::StackName", "AWS::Partition",
            "AWS::URLSuffix", "AWS::NoValue", "AWS::StackId", "AWS::NotificationARNs");
}
