package nl.doorbraak.localcloud.template;

import java.nio.file.Path;
import java.util.Map;

/**
 * A loaded SAM template: parameters (with the values in force), conditions, mappings, resources with Globals
 * applied, and where it lives (relative paths such as {@code DefinitionUri} resolve against {@code baseDir}).
 */
public record Template(Path baseDir, Map<String, Object> parameterValues, Map<String, Object> conditions,
                       Map<String, Object> mappings, Map<String, Resource> resources, Map<String, Object> outputs,
                       Map<String, Object> globals) {
}
