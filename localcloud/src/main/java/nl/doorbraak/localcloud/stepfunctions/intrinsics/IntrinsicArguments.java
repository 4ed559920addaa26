package nl.doorbraak.localcloud.stepfunctions.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import nl.doorbraak.localcloud.stepfunctions.StatesError;

import java.util.List;

/**
 * The evaluated arguments of one intrinsic function call, with the checks every function shares.
 * A failed check is AWS's {@code States.Runtime} "Invalid arguments in States.Name".
 *
 * @param function    the function name, e.g. {@code States.ArrayPartition}
 * @param values      the argument values, in order
 * @param expressions the argument expressions as written (States.Format reads its template literal from them)
 */
public record IntrinsicArguments(String function, List<JsonNode> values, List<IntrinsicExpression> expressions) {

    public IntrinsicArguments {
        values = List.copyOf(values);
        expressions = List.copyOf(expressions);
    }

    public int size() { return values.size(); }

    public JsonNode get(int index) { return values.get(index); }

    /** Requires between {@code min} and {@code max} arguments (inclusive). */
    public IntrinsicArguments requireCount(int min, int max) {
        if (values.size() < min || values.size() > max) throw invalid();
        return this;
    }

    public IntrinsicArguments requireCount(int exactly) {
        return requireCount(exactly, exactly);
    }

    public String string(int index) {
        JsonNode value = values.get(index);
        if (!value.isTextual()) throw invalid();
        return value.textValue();
    }

    public ArrayNode array(int index) {
        JsonNode value = values.get(index);
        if (!value.isArray()) throw invalid();
        return (ArrayNode) value;
    }

    public boolean bool(int index) {
        JsonNode value = values.get(index);
        if (!value.isBoolean()) throw invalid();
        return value.booleanValue();
    }

    /**
     * A number argument as an integer. Step Functions rounds a fractional number half up
     * (as {@link Math#round(double)}: 1.5 becomes 2, -2.5 becomes -2); values beyond the 32-bit range are invalid.
     */
    public int integer(int index) {
        JsonNode value = values.get(index);
        if (!value.isNumber()) throw invalid();
        long rounded = value.isIntegralNumber() && value.canConvertToLong() ? value.longValue() : Math.round(value.doubleValue());
        if (!value.isIntegralNumber() && !Double.isFinite(value.doubleValue())) throw invalid();
        if (rounded < Integer.MIN_VALUE || rounded > Integer.MAX_VALUE || (value.isIntegralNumber() && !value.canConvertToLong())) {
            throw invalid();
        }
        return (int) rounded;
    }

    /** {@code States.Runtime}: "Invalid arguments in States.Name", as AWS words it. */
    public StatesError invalid() {
        return StatesError.runtime("Invalid arguments in " + function);
    }
}
