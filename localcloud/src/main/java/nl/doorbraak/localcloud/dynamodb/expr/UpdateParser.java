package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parser of update expressions:
 * <pre>
 * update    := clause+ ; each of SET, REMOVE, ADD, DELETE at most once
 * SET       := 'SET' path '=' value (',' path '=' value)*      value := operand (('+' | '-') operand)?
 * REMOVE    := 'REMOVE' path (',' path)*
 * ADD       := 'ADD' path :value (',' path :value)*
 * DELETE    := 'DELETE' path :value (',' path :value)*
 * operand   := path | :value | if_not_exists(path, operand) | list_append(operand, operand)
 * </pre>
 */
final class UpdateParser extends ExpressionParser {
    static final String PARAMETER = "UpdateExpression";
    private static final List<Problem> RANKING = List.of(Problem.RESERVED, Problem.UNKNOWN_FUNCTION, Problem.SECTION,
            Problem.UNDEFINED_NAME, Problem.UNDEFINED_VALUE, Problem.OVERLAP, Problem.CONFLICT, Problem.ADD_DELETE_OPERAND,
            Problem.FUNCTION);

    UpdateParser(String src, ExpressionContext ctx) {
        super(PARAMETER, src, ctx);
    }

    @Override
    List<Problem> ranking() {
        return RANKING;
    }

    @Override
    Problem arityProblem() {
        return Problem.FUNCTION;
    }

    ParsedUpdate parse() throws DynamoDbError {
        requireNotEmpty();
        List<UpdateAction> actions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        do {
            Token t = peek();
            String clause = t.is(Token.Kind.NAME) ? t.text().toUpperCase(Locale.ROOT) : "";
            switch (clause) {
                case "SET", "REMOVE", "ADD", "DELETE" -> next();
                default -> throw syntaxError();
            }
            if (!seen.add(clause)) {
                defer(Problem.SECTION, ExpressionErrors.invalid(parameter, "The \"" + clause + "\" section can only be used once in an update expression;"));
            }
            do {
                actions.add(parseAction(clause));
            } while (accept(Token.Kind.COMMA));
        } while (!peek().is(Token.Kind.EOF));
        checkOverlaps(actions.stream().map(UpdateAction::path).toList());
        throwDeferred();
        return new ParsedUpdate(actions);
    }

    private UpdateAction parseAction(String clause) throws DynamoDbError {
        DocumentPath path = parsePath();
        switch (clause) {
            case "SET" -> {
                expect(Token.Kind.EQ);
                return new UpdateAction.Set(path, parseSetValue());
            }
            case "REMOVE" -> {
                return new UpdateAction.Remove(path);
            }
            default -> {
                Token t = expect(Token.Kind.VALUE_REF);
                AttributeValue v = resolveValue(t.text());
                if (v != null) checkAddDeleteOperand(clause, v);
                return clause.equals("ADD") ? new UpdateAction.Add(path, v) : new UpdateAction.Delete(path, v);
            }
        }
    }

    /** {@code value := operand (('+' | '-') operand)? | '(' value ')'}. */
    private Operand parseSetValue() throws DynamoDbError {
        Operand value;
        if (peek().is(Token.Kind.LPAREN) && !peek(1).is(Token.Kind.LPAREN)) {
            next();
            value = parseSetValue();
            expect(Token.Kind.RPAREN);
        } else {
            value = operand(parseOperandOrCall());
        }
        if (peek().is(Token.Kind.PLUS) || peek().is(Token.Kind.MINUS)) {
            boolean plus = next().is(Token.Kind.PLUS);
            Operand right = operand(parseOperandOrCall());
            for (Operand o : List.of(value, right)) {
                if (o instanceof Operand.Value v && v.value() != null && !(v.value() instanceof AttributeValue.N)) {
                    defer(Problem.FUNCTION, ExpressionErrors.operandType(parameter, plus ? "+" : "-", v.value().type()));
                }
            }
            value = new Operand.Arithmetic(value, plus, right);
        }
        return value;
    }

    private void checkAddDeleteOperand(String clause, AttributeValue v) {
        boolean set = v instanceof AttributeValue.SS || v instanceof AttributeValue.NS || v instanceof AttributeValue.BS;
        boolean ok = set || (clause.equals("ADD") && v instanceof AttributeValue.N);
        if (!ok) {
            defer(Problem.ADD_DELETE_OPERAND, ExpressionErrors.invalid(parameter, "Incorrect operand type for operator or function; operator: " + clause
                    + ", operand type: " + Values.longTypeName(v) + ", typeSet: ALLOWED_FOR_" + clause + "_OPERAND"));
        }
    }

    private Operand operand(Object o) {
        return o instanceof Call c ? callAsOperand(c) : (Operand) o;
    }

    @Override
    Operand callAsOperand(Call call) {
        List<Operand> args = call.args();
        switch (call.name()) {
            case "if_not_exists" -> {
                if (!checkArity(call, 2)) return invalidOperand();
                DocumentPath p = requirePath(call, args.get(0));
                return p == null ? invalidOperand() : new Operand.IfNotExists(p, args.get(1));
            }
            case "list_append" -> {
                if (!checkArity(call, 2)) return invalidOperand();
                for (Operand a : args) {
                    if (a instanceof Operand.Value v && v.value() != null && !(v.value() instanceof AttributeValue.L)) {
                        defer(Problem.FUNCTION, ExpressionErrors.operandType(parameter, call.name(), v.value().type()));
                    }
                }
                return new Operand.ListAppend(args.get(0), args.get(1));
            }
            default -> {
                defer(Problem.UNKNOWN_FUNCTION, ExpressionErrors.unknownFunction(parameter, call.name()));
                return invalidOperand();
            }
        }
    }
}
