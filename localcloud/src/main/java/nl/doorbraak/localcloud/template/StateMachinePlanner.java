package nl.doorbraak.localcloud.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * {@code AWS::Serverless::StateMachine} → {@code CreateStateMachine}: the definition from {@code DefinitionUri} (a file
 * beside the template) or an inline {@code Definition}, with {@code DefinitionSubstitutions} ({@code ${Name}}) replaced
 * by their resolved values, as SAM does before deploying.
 */
final class StateMachinePlanner {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> IGNORED = Set.of("Policies", "Role", "Logging", "Tracing", "Tags",
            "PermissionsBoundary", "RolePath", "AutoPublishAlias", "DeploymentPreference", "UseAliasAsEventTarget");
    private static final Set<String> USED = Set.of("Name", "Definition", "DefinitionUri", "DefinitionSubstitutions", "Type");

    private StateMachinePlanner() {
    }

    static DeploymentPlan.StateMachine plan(Resource r, Intrinsics in, Path baseDir) {
        Map<String, Object> raw = r.properties();
        for (String key : raw.keySet()) {
            if (key.equals("Events")) {
                throw TemplateException.at(r.logicalId(), "state machine Events are not supported by the local deployer");
            }
            if (!IGNORED.contains(key) && !USED.contains(key)) {
                throw TemplateException.at(r.logicalId(), "property " + key + " of " + r.type() + " is not supported by the local deployer");
            }
        }
        String definition;
        if (raw.containsKey("Definition")) {
            try {
                definition = JSON.writeValueAsString(in.resolve(raw.get("Definition"), r.logicalId()));
            } catch (JsonProcessingException e) {
                throw TemplateException.at(r.logicalId(), "Definition cannot be written as JSON: " + e.getMessage());
            }
        } else if (raw.get("DefinitionUri") instanceof String uri) {
            Path file = baseDir.resolve(uri).normalize();
            try {
                definition = Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Resource " + r.logicalId() + ": cannot read DefinitionUri " + file, e);
            }
            if (uri.endsWith(".yaml") || uri.endsWith(".yml")) {
                try {
                    definition = JSON.writeValueAsString(CfnYaml.parse(definition));
                } catch (JsonProcessingException e) {
                    throw TemplateException.at(r.logicalId(), "DefinitionUri " + uri + " is not valid YAML");
                }
            }
        } else {
            throw TemplateException.at(r.logicalId(), "needs Definition or a local DefinitionUri (S3 locations are not supported locally)");
        }
        Map<String, Object> substitutions = in.resolveMap(raw.get("DefinitionSubstitutions"), r.logicalId());
        for (var e : substitutions.entrySet()) {
            definition = definition.replace("${" + e.getKey() + "}", String.valueOf(e.getValue()));
        }
        int open = definition.indexOf("${");
        if (open >= 0) {
            int close = definition.indexOf('}', open);
            String name = close > open ? definition.substring(open + 2, close) : definition.substring(open);
            if (!name.startsWith("!") && name.matches("[A-Za-z0-9_]+")) {
                throw TemplateException.at(r.logicalId(), "the definition uses ${" + name + "} but DefinitionSubstitutions has no " + name);
            }
        }
        String name = in.stack().stateMachineName(r, in);
        Object role = raw.get("Role");
        String roleArn = role == null ? "arn:aws:iam::" + in.stack().accountId() + ":role/" + name + "-role"
                : String.valueOf(in.resolve(role, r.logicalId()));
        String type = raw.containsKey("Type") ? String.valueOf(in.resolve(raw.get("Type"), r.logicalId())) : "STANDARD";
        return new DeploymentPlan.StateMachine(r.logicalId(), name, definition, roleArn, type);
    }
}
