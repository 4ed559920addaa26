package nl.doorbraak.localcloud.template;

import java.util.Map;

/** A template resource as written (intrinsics unresolved), Globals already merged into its properties. */
public record Resource(String logicalId, String type, Map<String, Object> properties, String condition) {
}
