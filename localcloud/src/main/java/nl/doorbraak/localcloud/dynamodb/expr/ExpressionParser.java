package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

/**
 * Shared machinery of the recursive-descent parsers: the token cursor, DynamoDB-style syntax errors, document paths
 * and placeholder resolution. Syntax errors are thrown at once; semantic problems (reserved words, undefined
 * placeholders, bad operands) are collected, so that, as on DynamoDB, a syntax error anywhere wins, and otherwise
 * the problem of the highest-ranked kind is reported (each expression kind ranks them its own way; within a kind the
 * first in reading order wins).
 */
abstract class ExpressionParser {
    /** DynamoDB's limit on nesting levels of a document path. */
    static final int MAX_PATH_DEPTH = 32;

    final String parameter;
    final String src;
    final ExpressionContext ctx;
    final List<Token> tokens;
    int pos;
    private final EnumMap<Problem, DynamoDbError> problems = new EnumMap<>(Problem.class);

    /** Kinds of semantic problems, ranked per expression kind by {@link #ranking()}. */
    enum Problem {
        REDUNDANT_PARENS, UNKNOWN_FUNCTION, MISUSED_FUNCTION, RESERVED, SECTION,
        /** An undefined #name or :value, whichever comes first (condition-like expressions rank them together). */
        UNDEFINED_PLACEHOLDER, UNDEFINED_NAME, UNDEFINED_VALUE,
        OPERAND_COUNT, DISTINCT, OVERLAP, CONFLICT, ADD_DELETE_OPERAND, FUNCTION
    }

    /** The problems this expression kind reports, most important first. */
    abstract List<Problem> ranking();

    ExpressionParser(String parameter, String src, ExpressionContext ctx) {
        this.parameter = parameter;
        this.src = src;
        this.ctx = ctx;
        this.tokens = Lexer.tokenize(src);
    }

    /** DynamoDB's limit on the length of an expression string, in UTF-8 bytes. */
    static final int MAX_EXPRESSION_BYTES = 4096;

    /** Refuses an empty (or blank) expression and one longer than 4 KB, as DynamoDB does. */
    void requireNotEmpty() throws DynamoDbError {
        ctx.validateOnce();
        if (tokens.size() == 1) throw ExpressionErrors.empty(parameter);
        int size = Values.utf8Length(src);
        if (size > MAX_EXPRESSION_BYTES) {
            throw ExpressionErrors.invalid(parameter, "Expression size has exceeded the maximum allowed size; expression size: " + size);
        }
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

    /** Records a semantic problem; reported after the whole expression parsed, by rank. */
    void defer(Problem kind, DynamoDbError e) {
        problems.putIfAbsent(kind, e);
    }

    void throwDeferred() throws DynamoDbError {
        for (Problem p : ranking()) {
            DynamoDbError e = problems.get(p);
            if (e != null) throw e;
        }
    }

    /** Records overlapping or conflicting paths among {@code paths}. */
    void checkOverlaps(List<DocumentPath> paths) {
        PathOverlap.find(parameter, paths, this::defer);
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
            defer(Problem.FUNCTION, ExpressionErrors.invalid(parameter,
                    "The document path has too many nesting levels; nesting levels: " + elements.size()));
        }
        return new DocumentPath(elements);
    }

    private String parseName() throws DynamoDbError {
        Token t = peek();
        if (t.is(Token.Kind.NAME) && !isGrammarKeyword(t)) {
            next();
            if (ReservedWords.isReserved(t.text())) defer(Problem.RESERVED, ExpressionErrors.reserved(parameter, t.text()));
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
            DynamoDbError e = ExpressionErrors.undefinedName(parameter, ref);
            defer(Problem.UNDEFINED_NAME, e);
            defer(Problem.UNDEFINED_PLACEHOLDER, e);
            return ref;
        }
        ctx.usedNames().add(ref);
        return name;
    }

    /** Resolves a {@code :placeholder}; null (with a deferred error) when it is not defined. */
    AttributeValue resolveValue(String ref) {
        AttributeValue v = ctx.values() == null ? null : ctx.values().get(ref);
        if (v == null) {
            DynamoDbError e = ExpressionErrors.undefinedValue(parameter, ref);
            defer(Problem.UNDEFINED_VALUE, e);
            defer(Problem.UNDEFINED_PLACEHOLDER, e);
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
        if (t.is(Token.Kind.LPAREN)) {
            next();
            boolean doubled = peek().is(Token.Kind.LPAREN);
            Object inner = parseOperandOrCall();
            expect(Token.Kind.RPAREN);
            if (doubled && tokens.get(pos - 2).is(Token.Kind.RPAREN)) redundantParentheses();
            return inner;
        }
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

    /** {@code ((x))}: condition expressions refuse it; other kinds accept it. */
    void redundantParentheses() {
    }

    /** Interprets a call in a value position; each parser knows which functions yield values. */
    abstract Operand callAsOperand(Call call);

    /** A dummy operand standing in where a deferred error was recorded. */
    static Operand invalidOperand() {
        return new Operand.Value("<invalid>", null);
    }

    /** The rank under which a wrong number of function operands is reported. */
    Problem arityProblem() {
        return Problem.OPERAND_COUNT;
    }

    boolean checkArity(Call call, int expected) {
        if (call.args().size() != expected) {
            defer(arityProblem(), ExpressionErrors.operandCount(parameter, call.name(), call.args().size()));
            return false;
        }
        return true;
    }

    DocumentPath requirePath(Call call, Operand arg) {
        if (arg instanceof Operand.Path p) return p.path();
        defer(Problem.FUNCTION, ExpressionErrors.needsPath(parameter, call.name()));
        return null;
    }
}
