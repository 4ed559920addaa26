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
 * </pre>
 */
final class ConditionParser extends ExpressionParser {
    static final int MAX_IN_OPERANDS = 100;
    private static final Set<String> TYPE_NAMES = Set.of("S", "SS", "N", "NS", "B", "BS", "BOOL", "NULL", "L", "M");

    ConditionParser(String parameter, String src, ExpressionContext ctx) {
        super(parameter, src, ctx);
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
        if (accept(Token.Kind.LPAREN)) {
            ConditionNode inner = parseOr();
            expect(Token.Kind.RPAREN);
            return inner;
        }
        Object first = parseOperandOrCall();
        Token t = peek();
        Comparator cmp = Comparator.of(t.kind());
        if (cmp != null) {
            next();
            Operand left = asOperand(first);
            Operand right = asOperand(parseOperandOrCall());
            checkOrderedOperand(cmp.symbol(), cmp == Comparator.EQ || cmp == Comparator.NE, left, right);
            return new ConditionNode.Compare(cmp, left, right);
        }
        if (t.isKeyword("BETWEEN")) {
            next();
            Operand value = asOperand(first);
            Operand low = asOperand(parseOperandOrCall());
            if (!acceptKeyword("AND")) throw syntaxError();
            Operand high = asOperand(parseOperandOrCall());
            checkOrderedOperand("BETWEEN", false, value, low, high);
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
                defer(ExpressionErrors.invalid(parameter,
                        "The IN operator is provided with too many operands; number of operands: " + candidates.size()));
            }
            return new ConditionNode.In(value, candidates);
        }
        if (first instanceof Call call) return callAsCondition(call);
        throw syntaxError();
    }

    private Operand asOperand(Object o) {
        return o instanceof Call c ? callAsOperand(c) : (Operand) o;
    }

    @Override
    Operand callAsOperand(Call call) {
        switch (call.name()) {
            case "size" -> {
                if (!checkArity(call, 1)) return invalidOperand();
                DocumentPath p = requirePath(call, call.args().get(0));
                return p == null ? invalidOperand() : new Operand.Size(p);
            }
            case "attribute_exists", "attribute_not_exists", "attribute_type", "begins_with", "contains" -> {
                defer(ExpressionErrors.misusedFunction(parameter, call.name()));
                return invalidOperand();
            }
            default -> {
                defer(ExpressionErrors.unknownFunction(parameter, call.name()));
                return invalidOperand();
            }
        }
    }

    private ConditionNode callAsCondition(Call call) {
        ConditionNode dummy = new ConditionNode.True();
        List<Operand> args = call.args();
        switch (call.name()) {
            case "attribute_exists", "attribute_not_exists" -> {
                if (!checkArity(call, 1)) return dummy;
                DocumentPath p = requirePath(call, args.get(0));
                if (p == null) return dummy;
                return call.name().equals("attribute_exists")
                        ? new ConditionNode.AttributeExists(p) : new ConditionNode.AttributeNotExists(p);
            }
            case "attribute_type" -> {
                if (!checkArity(call, 2)) return dummy;
                DocumentPath p = requirePath(call, args.get(0));
                if (p == null) return dummy;
                if (args.get(1) instanceof Operand.Value v && v.value() != null) {
                    if (!(v.value() instanceof AttributeValue.S s)) {
                        defer(ExpressionErrors.operandType(parameter, call.name(), v.value().type()));
                    } else if (!TYPE_NAMES.contains(s.value())) {
                        defer(ExpressionErrors.invalid(parameter, "Invalid attribute type name found; type: " + s.value()
                                + ", valid types: { B; NULL; SS; BOOL; L; BS; N; NS; S; M }"));
                    }
                }
                return new ConditionNode.AttributeType(p, args.get(1));
            }
            case "begins_with" -> {
                if (!checkArity(call, 2)) return dummy;
                for (Operand a : args) {
                    if (a instanceof Operand.Value v && v.value() != null && !(v.value() instanceof AttributeValue.S)
                            && !(v.value() instanceof AttributeValue.B)) {
                        defer(ExpressionErrors.operandType(parameter, call.name(), v.value().type()));
                    }
                }
                return new ConditionNode.BeginsWith(args.get(0), args.get(1));
            }
            case "contains" -> {
                if (!checkArity(call, 2)) return dummy;
                return new ConditionNode.Contains(args.get(0), args.get(1));
            }
            case "size" -> {
                defer(ExpressionErrors.misusedFunction(parameter, call.name()));
                return dummy;
            }
            default -> {
                defer(ExpressionErrors.unknownFunction(parameter, call.name()));
                return dummy;
            }
        }
    }

    /** Ordering operators accept only S, N and B constants; = and &lt;&gt; accept anything. */
    private void checkOrderedOperand(String operator, boolean equality, Operand... operands) {
        if (equality) return;
        for (Operand o : operands) {
            if (o instanceof Operand.Value v && v.value() != null && !Values.isOrdered(v.value().type())) {
                defer(ExpressionErrors.operandType(parameter, operator, v.value().type()));
                return;
            }
        }
    }

    private void checkBounds(Operand low, Operand high) {
        if (low instanceof Operand.Value lo && high instanceof Operand.Value hi && lo.value() != null && hi.value() != null) {
            var cmp = Values.compare(lo.value(), hi.value());
            if (cmp.isPresent() && cmp.getAsInt() > 0) {
                defer(ExpressionErrors.invalid(parameter,
                        "The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower operand: "
                                + ExpressionErrors.describe(lo.value()) + ", upper operand: " + ExpressionErrors.describe(hi.value())));
            }
        }
    }
}
