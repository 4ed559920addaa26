package nl.doorbraak.localcloud.stepfunctions.jsonata;

import com.dashjoin.jsonata.Jsonata;

import java.lang.reflect.Field;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the names an expression reads at the top level, such as {@code phone} in {@code {% phone %}} or
 * {@code a} in {@code $sum(a)}. Step Functions evaluates JSONata without a context item (the input is
 * {@code $states.input}), so AWS refuses such a definition:
 * "UNSUPPORTED_JSONATA_EXPRESSION: Reference to 'phone' at the top level is not supported."
 *
 * <p>The library keeps its syntax tree in package-private fields, read here by reflection. The walk is
 * conservative: it reports a name only where it certainly starts a path from the (absent) context item, and skips
 * what it does not understand (lambda bodies, predicates, sorts, transforms), so it never refuses a valid definition.
 * Should the library's internals change, it reports nothing.
 */
final class TopLevelReferences {
    private static final Field AST;
    private static final Field TYPE;
    private static final Field VALUE;
    private static final Field STEPS;
    private static final Field ARGUMENTS;
    private static final Field EXPRESSIONS;
    private static final Field EXPRESSION;
    private static final Field LHS;
    private static final Field RHS;
    private static final Field CONDITION;
    private static final Field THEN;
    private static final Field ELSE;
    private static final Field PROCEDURE;
    private static final Field LHS_OBJECT;

    static {
        Field[] fields = new Field[14];
        try {
            Class<?> symbol = Class.forName("com.dashjoin.jsonata.Parser$Symbol");
            fields[0] = Jsonata.class.getDeclaredField("ast");
            String[] names = {"type", "value", "steps", "arguments", "expressions", "expression", "lhs", "rhs",
                    "condition", "then", "_else", "procedure", "lhsObject"};
            for (int i = 0; i < names.length; i++) fields[i + 1] = symbol.getDeclaredField(names[i]);
            for (Field field : fields) field.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            fields = new Field[14];
        }
        AST = fields[0];
        TYPE = fields[1];
        VALUE = fields[2];
        STEPS = fields[3];
        ARGUMENTS = fields[4];
        EXPRESSIONS = fields[5];
        EXPRESSION = fields[6];
        LHS = fields[7];
        RHS = fields[8];
        CONDITION = fields[9];
        THEN = fields[10];
        ELSE = fields[11];
        PROCEDURE = fields[12];
        LHS_OBJECT = fields[13];
    }

    private TopLevelReferences() { }

    /** The top-level names of a compiled expression, in order of appearance; empty when none or unknown. */
    static Set<String> of(Jsonata compiled) {
        Set<String> names = new LinkedHashSet<>();
        if (AST == null) return names;
        try {
            walk(AST.get(compiled), names);
        } catch (ReflectiveOperationException | RuntimeException e) {
            names.clear();
        }
        return names;
    }

    private static void walk(Object node, Set<String> names) throws ReflectiveOperationException {
        if (node == null) return;
        String type = (String) TYPE.get(node);
        if (type == null) return;
        switch (type) {
            case "name" -> names.add(String.valueOf(VALUE.get(node)));
            case "path" -> {
                List<?> steps = (List<?>) STEPS.get(node);
                if (steps != null && !steps.isEmpty()) walk(steps.get(0), names);
            }
            case "binary", "apply", "bind" -> {
                if (!"bind".equals(type)) walk(LHS.get(node), names);
                walk(RHS.get(node), names);
            }
            case "condition" -> {
                walk(CONDITION.get(node), names);
                walk(THEN.get(node), names);
                walk(ELSE.get(node), names);
            }
            case "block" -> walkAll((List<?>) EXPRESSIONS.get(node), names);
            case "function", "partial" -> {
                walk(PROCEDURE.get(node), names);
                walkAll((List<?>) ARGUMENTS.get(node), names);
            }
            case "unary" -> {
                String operator = String.valueOf(VALUE.get(node));
                if ("[".equals(operator)) {
                    walkAll((List<?>) EXPRESSIONS.get(node), names);
                } else if ("{".equals(operator)) {
                    List<?> pairs = (List<?>) LHS_OBJECT.get(node);
                    if (pairs != null) {
                        for (Object pair : pairs) {
                            Object[] keyValue = (Object[]) pair;
                            walk(keyValue[0], names);
                            walk(keyValue[1], names);
                        }
                    }
                } else {
                    walk(EXPRESSION.get(node), names);
                }
            }
            default -> { }
        }
    }

    private static void walkAll(List<?> nodes, Set<String> names) throws ReflectiveOperationException {
        if (nodes == null) return;
        for (Object node : nodes) walk(node, names);
    }
}
