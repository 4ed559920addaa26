package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.util.ArrayList;
import java.util.List;

/**
 * Shared machinery of the recursive-descent parsers: the token cursor, DynamoDB-style syntax errors, document paths
 * and placeholder resolution. Syntax errors are thrown at once; semantic errors (reserved words, undefined
 * placeholders, bad operands) are deferred so that, as on DynamoDB, a syntax error anywhere wins, and otherwise
 * the first semantic problem in reading order is reported.
 */
abstract class ExpressionParser {
    /** DynamoDB's limit on nesting levels of a document path. */
    static final int MAX_PATH_DEPTH = 32;

    final String parameter;
    final String src;
    final ExpressionContext ctx;
    final List<Token> tokens;
    int pos;
    private DynamoDbError deferred;

    ExpressionParser(String parameter, String src, ExpressionContext ctx) {
        this.parameter = parameter;
        this.src = src;
        this.ctx = ctx;
        this.tokens = Lexer.tokenize(src);
    }

    /** Refuses an empty (or blank) expression as DynamoDB does. */
    void requireNotEmpty() throws DynamoDbError {
        if (tokens.size() == 1) throw ExpressionErrors.empty(parameter);
    }

    Token peek() { return tokens.get(pos); }

    Token peek(int ahead) { return tokens.get(Math.min(pos + ahead, tokens.size() - 1)); }

    Token next() {
        Token t = tokens.get(pos);
        if (!t.is(Token.Kind.EOF)) pos++;
        return t;
    }

    boolean accept(Token.Kind kind) {
        if (peek().is(kind)) {
            pos++;
            return true;
        }
        return false;
    }

    boolean acceptKeyword(String keyword) {
        if (peek().isKeyword(keyword)) {
            pos++;
            return true;
        }
        return false;
    }

    Token expect(Token.Kind kind) throws DynamoDbError {
        if (!peek().is(kind)) throw syntaxError();
        return next();
    }

    void expectEnd() throws DynamoDbError {
        if (!peek().is(Token.Kind.EOF)) throw syntaxError();
    }

    DynamoDbError syntaxError() {
        return ExpressionErrors.syntax(parameter, src, tokens, pos);
    }

    /** Records a semantic error; only the first is reported, after the whole expression parsed. */
    void defer(DynamoDbError e) {
        if (deferred == null) deferred = e;
    }

    void throwDeferred() throws DynamoDbError {
        if (deferred != null) throw deferred;
    }

    static boolean isGrammarKeyword(Token t) {
        return t.isKeyword("AND") || t.isKeyword("OR") || t.isKeyword("NOT") || t.isKeyword("BETWEEN") || t.isKeyword("IN");
    }

    boolean atPathStart() {
        Token t = peek();
        return t.is(Token.Kind.NAME_REF) || (t.is(Token.Kind.NAME) && !isGrammarKeyword(t));
    }

    /** {@code path := name ( '.' name | '[' digits ']' )*} where name is an identifier or a {@code #placeholder}. */
    DocumentPath parsePath() throws DynamoDbError {
        List<PathElement> elements = new ArrayList<>();
        elements.add(new PathElement.Key(parseName()));
        while (true) {
            if (accept(Token.Kind.DOT)) {
                elements.add(new PathElement.Key(parseName()));
            } else if (peek().is(Token.Kind.LBRACKET)) {
                next();
                Token num = expect(Token.Kind.NUMBER);
                int index;
                try {
                    index = Integer.parseInt(num.text());
                } catch (NumberFormatException e) {
                    pos--;
                    throw syntaxError();
                }
                expect(Token.Kind.RBRACKET);
                elements.add(new PathElement.Index(index));
            } else {
                break;
            }
        }
        if (elements.size() > MAX_PATH_DEPTH) {
            defer(ExpressionErrors.invalid(parameter,
                    "The document path has too many nesting levels; nesting levels: " + elements.size()));
        }
        return new DocumentPath(elements);
    }

    private String parseName() throws DynamoDbError {
        Token t = peek();
        if (t.is(Token.Kind.NAME) && !isGrammarKeyword(t)) {
            next();
            if (ReservedWords.isReserved(t.text())) defer(ExpressionErrors.reserved(parameter, t.text()));
            return t.text();
        }
        if (t.is(Token.Kind.NAME_REF)) {
            next();
            return resolveName(t.text());
        }
        throw syntaxError();
    }

    String resolveName(String ref) {
        String name = ctx.names() == null ? null : ctx.names().get(ref);
        if (name == null) {
            defer(ExpressionErrors.undefinedName(parameter, ref));
            return ref;
        }
        ctx.usedNames().add(ref);
        return name;
    }

    /** Resolves a {@code :placeholder}; null (with a deferred error) when it is not defined. */
    AttributeValue resolveValue(String ref) {
        AttributeValue v = ctx.values() == null ? null : ctx.values().get(ref);
        if (v == null) {
            defer(ExpressionErrors.undefinedValue(parameter, ref));
            return null;
        }
        ctx.usedValues().add(ref);
        return v;
    }

    /** A function call whose arguments are still raw operands: {@code name(arg, ...)}. */
    record Call(String name, List<Operand> args) {}

    /**
     * {@code operand := path | :value | name '(' operand (',' operand)* ')'}. Returns an {@link Operand} or a {@link Call}
     * (callers decide what a call means in their position).
     */
    Object parseOperandOrCall() throws DynamoDbError {
        Token t = peek();
        if (t.is(Token.Kind.VALUE_REF)) {
            next();
            return new Operand.Value(t.text(), resolveValue(t.text()));
        }
        if (t.is(Token.Kind.NAME) && peek(1).is(Token.Kind.LPAREN) && !isGrammarKeyword(t)) {
            next();
            next();
            List<Object> raw = new ArrayList<>();
            raw.add(parseOperandOrCall());
            while (accept(Token.Kind.COMMA)) raw.add(parseOperandOrCall());
            expect(Token.Kind.RPAREN);
            List<Operand> args = new ArrayList<>();
            for (Object o : raw) args.add(o instanceof Call c ? callAsOperand(c) : (Operand) o);
            return new Call(t.text(), args);
        }
        if (atPathStart()) return new Operand.Path(parsePath());
        throw syntaxError();
    }

    /** Interprets a call in a value position; each parser knows which functions yield values. */
    abstract Operand callAsOperand(Call call);

    /** A dummy operand standing in where a deferred error was recorded. */
    static Operand invalidOperand() {
        return new Operand.Value("<invalid>", null);
    }

    boolean checkArity(Call call, int expected) {
        if (call.args().size() != expected) {
            defer(ExpressionErrors.operandCount(parameter, call.name(), call.args().size()));
            return false;
        }
        return true;
    }

    DocumentPath requirePath(Call call, Operand arg) {
        if (arg instanceof Operand.Path p) return p.path();
        defer(ExpressionErrors.needsPath(parameter, call.name()));
        return null;
    }
}
