package nl.doorbraak.localcloud.stepfunctions.choice;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.stepfunctions.PathResolver;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A Choice rule of a JSONPath Choice state (States Language, "Choice Rules"): a boolean expression ({@code And},
 * {@code Or}, {@code Not}) or a data-test expression ({@code Variable} plus one comparison operator).
 * Pure: {@link #matches(PathResolver)} reads the state's input, context object and variables only through the resolver.
 * The {@code Next} of a top-level rule belongs to the Choice state, not to the rule.
 */
public sealed interface ChoiceRule permits ChoiceRule.And, ChoiceRule.Or, ChoiceRule.Not, Comparison {

    /** Fields a rule may carry besides its expression: {@code Next} (top level), {@code Comment}, {@code Assign}/{@code Output} (JSONPath states accept Assign). */
    Set<String> NON_EXPRESSION_FIELDS = Set.of("Next", "Comment", "Assign", "Output");

    /**
     * Whether the rule holds.
     *
     * @throws nl.doorbraak.localcloud.stepfunctions.StatesError {@code States.Runtime} when the Variable (or a
     *         {@code ...Path} operand) matches nothing, except for {@code IsPresent}
     */
    boolean matches(PathResolver paths);

    /** All of the rules hold; evaluated left to right, stopping at the first that does not. */
    record And(List<ChoiceRule> rules) implements ChoiceRule {
        public And {
            rules = List.copyOf(rules);
        }

        @Override
        public boolean matches(PathResolver paths) {
            for (ChoiceRule rule : rules) if (!rule.matches(paths)) return false;
            return true;
        }
    }

    /** Any of the rules holds; evaluated left to right, stopping at the first that does. */
    record Or(List<ChoiceRule> rules) implements ChoiceRule {
        public Or {
            rules = List.copyOf(rules);
        }

        @Override
        public boolean matches(PathResolver paths) {
            for (ChoiceRule rule : rules) if (rule.matches(paths)) return true;
            return false;
        }
    }

    /** The rule does not hold. */
    record Not(ChoiceRule rule) implements ChoiceRule {
        @Override
        public boolean matches(PathResolver paths) {
            return !rule.matches(paths);
        }
    }

    /**
     * Parses a rule object such as {@code {"Variable": "$.n", "NumericLessThan": 5, "Next": "Low"}} or
     * {@code {"And": [...]}}.
     *
     * @throws InvalidChoiceRule when the rule has no operator or several, an operand of the wrong type, a
     *         {@code ...Path} operand or Variable that is not a path, or an empty And/Or
     */
    static ChoiceRule parse(JsonNode rule) {
        if (rule == null || !rule.isObject()) throw new InvalidChoiceRule("A Choice rule must be an object");
        List<String> expressionFields = new ArrayList<>();
        for (Iterator<String> names = rule.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!NON_EXPRESSION_FIELDS.contains(name) && !name.equals("Variable")) expressionFields.add(name);
        }
        if (expressionFields.size() != 1) {
            throw new InvalidChoiceRule(expressionFields.isEmpty()
                    ? "A Choice rule needs one comparison operator or And, Or, Not"
                    : "A Choice rule has more than one operator: " + expressionFields);
        }
        String operator = expressionFields.get(0);
        JsonNode operand = rule.get(operator);
        switch (operator) {
            case "And", "Or" -> {
                requireNoVariable(rule, operator);
                if (!operand.isArray() || operand.isEmpty()) throw new InvalidChoiceRule(operator + " needs a non-empty array of rules");
                List<ChoiceRule> rules = new ArrayList<>();
                for (JsonNode nested : operand) rules.add(parse(nested));
                return operator.equals("And") ? new And(rules) : new Or(rules);
            }
            case "Not" -> {
                requireNoVariable(rule, operator);
                return new Not(parse(operand));
            }
            default -> {
                return Comparison.parse(rule, operator, operand);
            }
        }
    }

    private static void requireNoVariable(JsonNode rule, String operator) {
        if (rule.has("Variable")) throw new InvalidChoiceRule(operator + " does not take a Variable");
    }
}
