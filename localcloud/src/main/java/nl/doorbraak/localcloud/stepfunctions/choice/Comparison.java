package nl.doorbraak.localcloud.stepfunctions.choice;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.stepfunctions.PathResolver;
import nl.doorbraak.localcloud.stepfunctions.StatesError;

import java.time.Instant;
import java.util.Optional;

/**
 * A data-test expression: {@code Variable} compared by one operator with a literal or, in the {@code ...Path}
 * form, with the value at another path.
 *
 * <p>As on AWS: when the Variable matches nothing the rule fails the state with {@code States.Runtime}
 * ("Invalid path '$.x': The choice state's condition path references an invalid value."), except for
 * {@code IsPresent}, which exists to test exactly that. When the values have the wrong type for the operator
 * (a number for {@code StringEquals}, a string that is no timestamp for {@code TimestampEquals}) the rule is false.
 *
 * @param variable  the path of the value tested
 * @param operator  the operator
 * @param operand   the literal operand, or the operand path as a text node when {@code pathOperand}
 * @param pathOperand whether this is the {@code ...Path} form
 * @param pattern   the compiled pattern of a {@code StringMatches} rule, else null
 */
public record Comparison(String variable, ComparisonOperator operator, JsonNode operand, boolean pathOperand,
                         StringPattern pattern) implements ChoiceRule {

    static Comparison parse(JsonNode rule, String operatorName, JsonNode operand) {
        ComparisonOperator.Spelling spelling = ComparisonOperator.named(operatorName)
                .orElseThrow(() -> new InvalidChoiceRule("Unknown Choice rule operator " + operatorName));
        JsonNode variable = rule.get("Variable");
        if (variable == null || !variable.isTextual() || !variable.textValue().startsWith("$")) {
            throw new InvalidChoiceRule(operatorName + " needs a Variable that is a path");
        }
        ComparisonOperator operator = spelling.operator();
        if (spelling.path()) {
            if (!operand.isTextual() || !operand.textValue().startsWith("$")) {
                throw new InvalidChoiceRule(operatorName + " needs a path operand");
            }
        } else if (!operator.acceptsLiteral(operand)) {
            throw new InvalidChoiceRule(operatorName + " has an operand of the wrong type: " + operand);
        }
        StringPattern pattern = operator == ComparisonOperator.StringMatches ? StringPattern.compile(operand.textValue()) : null;
        return new Comparison(variable.textValue(), operator, operand, spelling.path(), pattern);
    }

    @Override
    public boolean matches(PathResolver paths) {
        Optional<JsonNode> value = paths.resolve(variable);
        if (operator == ComparisonOperator.IsPresent) return value.isPresent() == operand.booleanValue();
        if (value.isEmpty()) {
            throw StatesError.runtime("Invalid path '" + variable + "': The choice state's condition path references an invalid value.");
        }
        JsonNode right = operand;
        if (pathOperand) {
            right = paths.resolve(operand.textValue()).orElseThrow(() -> StatesError.runtime(
                    "Invalid path '" + operand.textValue() + "': The choice state's condition path references an invalid value."));
        }
        return test(value.get(), right);
    }

    private boolean test(JsonNode left, JsonNode right) {
        return switch (operator.kind()) {
            case TYPE_TEST -> typeTest(left) == right.booleanValue();
            case STRING_PATTERN -> left.isTextual() && pattern.matches(left.textValue());
            case STRING -> left.isTextual() && right.isTextual()
                    && operator.relation().holds(Integer.signum(left.textValue().compareTo(right.textValue())));
            case NUMERIC -> left.isNumber() && right.isNumber()
                    && operator.relation().holds(left.decimalValue().compareTo(right.decimalValue()));
            case BOOLEAN -> left.isBoolean() && right.isBoolean() && left.booleanValue() == right.booleanValue();
            case TIMESTAMP -> {
                Optional<Instant> l = left.isTextual() ? Timestamps.parse(left.textValue()) : Optional.empty();
                Optional<Instant> r = right.isTextual() ? Timestamps.parse(right.textValue()) : Optional.empty();
                yield l.isPresent() && r.isPresent() && operator.relation().holds(l.get().compareTo(r.get()));
            }
        };
    }

    private boolean typeTest(JsonNode value) {
        return switch (operator) {
            case IsNull -> value.isNull();
            case IsNumeric -> value.isNumber();
            case IsString -> value.isTextual();
            case IsBoolean -> value.isBoolean();
            case IsTimestamp -> value.isTextual() && Timestamps.isTimestamp(value.textValue());
            default -> throw new IllegalStateException(operator + " is not a type test");
        };
    }
}
