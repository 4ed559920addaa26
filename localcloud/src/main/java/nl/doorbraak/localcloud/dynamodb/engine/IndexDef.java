package nl.doorbraak.localcloud.dynamodb.engine;

import java.util.List;

/**
 * A secondary index: its key attributes and projection ({@code ALL}, {@code KEYS_ONLY} or {@code INCLUDE} with
 * non-key attributes). {@code range} is null for a hash-only GSI. Capacity is kept only to describe it back.
 */
public record IndexDef(String name, String hash, String range, String projectionType, List<String> nonKeyAttributes,
                       long readCapacity, long writeCapacity) {
    public IndexDef {
        nonKeyAttributes = nonKeyAttributes == null ? List.of() : List.copyOf(nonKeyAttributes);
    }
}
