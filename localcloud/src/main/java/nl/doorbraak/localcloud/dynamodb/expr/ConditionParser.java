package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parser of condition and filter expressions. Grammar, with DynamoDB's precedence NOT &gt; AND &gt; OR:
 * <pre>
 * condition  := conjunction ( OR conjunction )*
 * conjunction:= negation ( AND negation )*
 * negation   := NOT negation | primary
 * primary    := '(' condition ')' | function | operand comparator operand
 *             | operand BETWEEN operand AND operand | operand IN '(' operand (',' operand)* ')'
 * operand    := path | :value | size(path) | '(' operand ')'
 * </pre>
 */
final class ConditionParser extends ExpressionParser {
    static final int MAX_IN_OPERANDS = 100;
    private static final Set<String> TYPE_NAMES = Set.of("S", "SS", "N", "NS", "B", "BS", "BOOL", "NULL", "L", "M");
    private static final List<Problem> RANKING = List.of(Problem.REDUNDANT_PARENS, Problem.UNKNOWN_FUNCTION,
            Problem.MISUSED_FUNCTION, Problem.RESERVED, Problem.UNDEFINED_PLACEHOLDER, Problem.OPERAND_COUNT,
            Problem.DISTINCT, Problem.FUNCTION);

    ConditionParser(String parameter, String src, ExpressionContext ctx) {
        super(parameter, src, ctx);
    }

    @Override
    List<Problem> ranking() {
        return RANKING;
    }

    /** Parses the whole expression and reports the first semantic problem if there is one. */
    ConditionNode parse() throws DynamoDbError {
        requireNotEmpty();
        ConditionNode node = parseOr();
        expectEnd();
        throwDeferred();
        return node;
    }

    private ConditionNode parseOr() throws DynamoDbError {
        ConditionNode left = parseAnd();
        while (acceptKeyword("OR")) left = new ConditionNode.Or(left, parseAnd());
        return left;
    }

    private ConditionNode parseAnd() throws DynamoDbError {
        ConditionNode left = parseNot();
        while (acceptKeyword("AND")) left = new ConditionNode.And(left, parseNot());
        return left;
    }

    private ConditionNode parseNot() throws DynamoDbError {
        if (acceptKeyword("NOT")) return new ConditionNode.Not(parseNot());
        return parsePrimary();
    }

    private ConditionNode parsePrimary() throws DynamoDbError {
        if (peek().is(Token.Kind.LPAREN) && !parenthesisedOperandAhead()) {
            int open = pos;
            next();
            ConditionNode inner = parseOr();
            expect(Token.Kind.RPAREN);
            // "((cond))": the inner parentheses span everything inside the outer ones
            if (tokens.get(open + 1).is(Token.Kind.LPAREN) && matchingParen(open + 1) == pos - 2) redundantParentheses();
            return inner;
        }
        Object first = parseOperandOrCall();
        Token t = peek();
        Comparator cmp = Comparator.of(t.kind());
        if (cmp != null) {
            next();
            Operand left = asOperand(first);
            Operand right = asOperand(parseOperandOrCall());
            checkDistinct(cmp.symbol(), left, right);
            return new ConditionNode.Compare(cmp, left, right);
        }
        if (t.isKeyword("BETWEEN")) {
            next();
            Operand value = asOperand(first);
            Operand low = asOperand(parseOperandOrCall());
            if (!acceptKeyword("AND")) throw syntaxError();
            Operand high = asOperand(parseOperandOrCall());
            checkBounds(low, high);
            return new ConditionNode.Between(value, low, high);
        }
        if (t.isKeyword("IN")) {
            next();
            Operand value = asOperand(first);
            expect(Token.Kind.LPAREN);
            List<Operand> candidates = new ArrayList<>();
            candidates.add(asOperand(parseOperandOrCall()));
            while (accept(Token.Kind.COMMA)) candidates.add(asOperand(parseOperandOrCall()));
            expect(Token.Kind.RPAREN);
            if (candidates.size() > MAX_IN_OPERANDS) {
                defer(Problem.FUNCTION, ExpressionErrors.invalid(parameter,
                        "The IN operator is provided with too many operands; number of operands: " + candidates.size()));
            }
            return new ConditionNode.In(value, candidates);
        }
        if (first instanceof Call call) return callAsCondition(call);
        throw syntaxError();
    }

    /** True when the parenthesis at the cursor closes before a comparator, BETWEEN or IN: {@code (a) = :v}. */
    private boolean parenthesisedOperandAhead() {
        int close = matchingParen(pos);
        if (close < 0) return false;
        Token after = tokens.get(close + 1);
        return Comparator.of(after.kind()) != null || after.isKeyword("BETWEEN") || after.isKeyword("IN");
    }

    private int matchingParen(int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            Token.Kind k = tokens.get(i).kind();
            if (k == Token.Kind.LPAREN) depth++;
            else if (k == Token.Kind.RPAREN && --depth == 0) return i;
        }
        return -1;
    }

    @Override
    void redundantParentheses() {
        defer(Problem.REDUNDANT_PARENS, ExpressionErrors.invalid(parameter, "The expression has redundant parentheses;"));
    }

    private Operand asOperand(Object o) {
        return o instanceof Call c ? callAsOperand(c) : (Operand) o;
    }

    @Override
    Operand callAsOperand(Call call) {
        switch (call.name()) {
            case "size" -> {
                Operand arg = checkFunction(call);
                if (arg == null) return invalidOperand();
                if (arg instanceof Operand.Path p) return new Operand.Size(p.path());
                return invalidOperand();
            }
            case "attribute_exists", "attribute_not_exists", "attribute_type", "begins_with", "contains" -> {
                checkFunction(call);
                defer(Problem.MISUSED_FUNCTION, ExpressionErrors.misusedFunction(parameter, call.name()));
                return invalidOperand();
            }
            default -> {
                defer(Problem.UNKNOWN_FUNCTION, ExpressionErrors.unknownFunction(parameter, call.name()));
                return invalidOperand();
            }
        }
    }

    private ConditionNode callAsCondition(Call call) {
        ConditionNode dummy = new ConditionNode.True();
        if (!KNOWN.contains(call.name())) {
            defer(Problem.UNKNOWN_FUNCTION, ExpressionErrors.unknownFunction(parameter, call.name()));
            return dummy;
        }
        if (call.name().equals("size")) {
            checkFunction(call);
            defer(Problem.MISUSED_FUNCTION, ExpressionErrors.misusedFunction(parameter, call.name()));
            return dummy;
        }
        if (checkFunction(call) == null) return dummy;
        List<Operand> args = call.args();
        return switch (call.name()) {
            case "attribute_exists" -> new ConditionNode.AttributeExists(((Operand.Path) args.get(0)).path());
            case "attribute_not_exists" -> new ConditionNode.AttributeNotExists(((Operand.Path) args.get(0)).path());
            case "attribute_type" -> args.get(0) instanceof Operand.Path p ? new ConditionNode.AttributeType(p.path(), args.get(1)) : dummy;
            case "begins_with" -> new ConditionNode.BeginsWith(args.get(0), args.get(1));
            default -> new ConditionNode.Contains(args.get(0), args.get(1));
        };
    }

    private static final Set<String> KNOWN = Set.of("attribute_exists", "attribute_not_exists", "attribute_type", "begins_with", "contains", "size");

    /** Checks a known function's operands (count, distinctness, types); returns its first operand, or null when refused. */
    private Operand checkFunction(Call call) {
        String name = call.name();
        int expected = name.equals("attribute_type") || name.equals("begins_with") || name.equals("contains") ? 2 : 1;
        if (!checkArity(call, expected)) return null;
        List<Operand> args = call.args();
        if (expected == 2) checkDistinct(name, args.get(0), args.get(1));
        switch (name) {
            case "attribute_exists", "attribute_not_exists" -> {
                if (requirePath(call, args.get(0)) == null) return null;
            }
            case "begins_with" -> {
                for (Operand a : args) {
                    AttributeValue v = constant(a);
                    if (v != null && !(v instanceof AttributeValue.S) && !(v instanceof AttributeValue.B)) {
                        defer(Problem.FUNCTION, ExpressionErrors.operandType(parameter, name, v.type()));
                        return null;
                    }
                }
            }
            case "attribute_type" -> {
                AttributeValue v = constant(args.get(1));
                if (!(v instanceof AttributeValue.S s)) {
                    String type = v == null ? "{NS,SS,L,BS,N,M,B,BOOL,NULL,S}" : v.type();
                    defer(Problem.FUNCTION, ExpressionErrors.operandType(parameter, name, type));
                    return null;
                }
                if (!TYPE_NAMES.contains(s.value())) {
                    defer(Problem.FUNCTION, ExpressionErrors.invalid(parameter, "Invalid attribute type name found; type: " + s.value()
                            + ", valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}"));
                    return null;
                }
            }
            case "size" -> {
                AttributeValue v = constant(args.get(0));
                if (v instanceof AttributeValue.N || v instanceof AttributeValue.Bool || v instanceof AttributeValue.Null) {
                    defer(Problem.FUNCTION, ExpressionErrors.operandType(parameter, name, v.type()));
                    return null;
                }
            }
            default -> { }
        }
        return args.get(0);
    }

    private static AttributeValue constant(Operand o) {
        return o instanceof Operand.Value v ? v.value() : null;
    }

    /** {@code a = a}, {@code begins_with(a, a)}: DynamoDB refuses comparing a path with itself. */
    private void checkDistinct(String operator, Operand first, Operand second) {
        if (first instanceof Operand.Path a && second instanceof Operand.Path b && a.path().equals(b.path())) {
            defer(Problem.DISTINCT, ExpressionErrors.invalid(parameter,
                    "The first operand must be distinct from the remaining operands for this operator or function; operator: "
                            + operator + ", first operand: " + a.path().render()));
        }
    }

    private void checkBounds(Operand low, Operand high) {
        AttributeValue lo = constant(low);
        AttributeValue hi = constant(high);
        if (lo == null || hi == null) return;
        String bounds = "lower bound operand: " + ExpressionErrors.describe(lo) + ", upper bound operand: " + ExpressionErrors.describe(hi);
        if (!lo.type().equals(hi.type())) {
            defer(Problem.FUNCTION, ExpressionErrors.invalid(parameter,
                    "The BETWEEN operator requires same data type for lower and upper bounds; " + bounds));
            return;
        }
        var cmp = Values.compare(lo, hi);
        if (cmp.isPresent() && cmp.getAsInt() > 0) {
            defer(Problem.FUNCTION, ExpressionErrors.invalid(parameter,
                    "The BETWEEN operator requires upper bound to be greater than or equal to lower bound; " + bounds));
        }
    }
}
