package nl.doorbraak.localcloud.stepfunctions.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The array intrinsics: States.Array, ArrayPartition, ArrayContains, ArrayRange, ArrayGetItem, ArrayLength, ArrayUnique.
 * Number arguments that must be integers are rounded half up, as Step Functions does.
 */
final class ArrayFunctions {
    /** States.ArrayRange may produce at most 1000 elements. */
    static final int MAX_RANGE_ELEMENTS = 1000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ArrayFunctions() { }

    /** {@code States.Array(value...)}: an array of the arguments (none gives {@code []}). */
    static JsonNode array(IntrinsicArguments arguments) {
        ArrayNode result = NODES.arrayNode();
        arguments.values().forEach(value -> result.add(value.deepCopy()));
        return result;
    }

    /** {@code States.ArrayPartition(array, size)}: chunks of {@code size} elements, the last one possibly shorter. */
    static JsonNode partition(IntrinsicArguments arguments) {
        arguments.requireCount(2);
        ArrayNode array = arguments.array(0);
        int size = arguments.integer(1);
        if (size <= 0) throw arguments.invalid();
        ArrayNode result = NODES.arrayNode();
        ArrayNode chunk = null;
        for (int i = 0; i < array.size(); i++) {
            if (i % size == 0) chunk = result.addArray();
            chunk.add(array.get(i).deepCopy());
        }
        return result;
    }

    /** {@code States.ArrayContains(array, value)}: whether an element equals the value (as JSON, deeply). */
    static JsonNode contains(IntrinsicArguments arguments) {
        arguments.requireCount(2);
        ArrayNode array = arguments.array(0);
        JsonNode wanted = arguments.get(1);
        for (JsonNode element : array) {
            if (JsonValues.equal(element, wanted)) return BooleanNode.TRUE;
        }
        return BooleanNode.FALSE;
    }

    /** {@code States.ArrayRange(start, end, step)}: start, start+step, ... up to and including end; at most 1000 elements. */
    static JsonNode range(IntrinsicArguments arguments) {
        arguments.requireCount(3);
        long start = arguments.integer(0);
        long end = arguments.integer(1);
        long step = arguments.integer(2);
        if (step == 0) throw arguments.invalid();
        long span = end - start;
        long count = span != 0 && Long.signum(span) != Long.signum(step) ? 0 : span / step + 1;
        if (count > MAX_RANGE_ELEMENTS) throw arguments.invalid();
        ArrayNode result = NODES.arrayNode();
        for (long i = 0; i < count; i++) result.add((int) (start + i * step));
        return result;
    }

    /** {@code States.ArrayGetItem(array, index)}: the element at a zero-based index within the array. */
    static JsonNode getItem(IntrinsicArguments arguments) {
        arguments.requireCount(2);
        ArrayNode array = arguments.array(0);
        int index = arguments.integer(1);
        if (index < 0 || index >= array.size()) throw arguments.invalid();
        return array.get(index).deepCopy();
    }

    /** {@code States.ArrayLength(array)}. */
    static JsonNode length(IntrinsicArguments arguments) {
        return IntNode.valueOf(arguments.requireCount(1).array(0).size());
    }

    /** {@code States.ArrayUnique(array)}: the elements without later duplicates, order kept. */
    static JsonNode unique(IntrinsicArguments arguments) {
        ArrayNode array = arguments.requireCount(1).array(0);
        ArrayNode result = NODES.arrayNode();
        for (JsonNode element : array) {
            boolean seen = false;
            for (JsonNode kept : result) {
                if (JsonValues.equal(kept, element)) {
                    seen = true;
                    break;
                }
            }
            if (!seen) result.add(element.deepCopy());
        }
        return result;
    }
}
