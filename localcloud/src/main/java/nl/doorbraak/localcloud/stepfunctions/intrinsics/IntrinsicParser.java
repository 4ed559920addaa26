package nl.doorbraak.localcloud.stepfunctions.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the intrinsic function syntax of the States Language:
 * <pre>
 *   call     := name '(' [ argument { ',' argument } ] ')'        name: States.Format, States.Array, ...
 *   argument := call | path | string | number | 'true' | 'false' | 'null'
 *   string   := "'" { char | '\' ( "'" | '"' | '{' | '}' | '\' ) } "'"
 *   path     := '$' ...   ($.a, $$.Execution.Id, $var.x, $[0], $.a[?(@.b == 'c')])
 * </pre>
 * Whitespace between tokens is ignored. Pure: no evaluation happens here.
 */
public final class IntrinsicParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String text;
    private int pos;

    private IntrinsicParser(String text) {
        this.text = text;
    }

    /** Parses a whole expression, which must be one function call. */
    public static IntrinsicExpression.Call parse(String expression) {
        IntrinsicParser parser = new IntrinsicParser(expression);
        parser.skipSpace();
        IntrinsicExpression.Call call = parser.call();
        parser.skipSpace();
        if (parser.pos != expression.length()) {
            throw parser.error("unexpected text '" + expression.substring(parser.pos) + "'");
        }
        return call;
    }

    private IntrinsicExpression.Call call() {
        int start = pos;
        while (pos < text.length() && isNameChar(text.charAt(pos))) pos++;
        String name = text.substring(start, pos);
        if (name.isEmpty()) throw error("expected a function name");
        skipSpace();
        expect('(');
        List<IntrinsicExpression> arguments = new ArrayList<>();
        skipSpace();
        if (peek() == ')') {
            pos++;
            return new IntrinsicExpression.Call(name, arguments);
        }
        while (true) {
            skipSpace();
            arguments.add(argument());
            skipSpace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c == ')') {
                pos++;
                return new IntrinsicExpression.Call(name, arguments);
            } else {
                throw error("expected ',' or ')'");
            }
        }
    }

    private IntrinsicExpression argument() {
        char c = peek();
        if (c == '\'') return string();
        if (c == '$') return path();
        if (c == '-' || Character.isDigit(c)) return number();
        if (Character.isLetter(c)) {
            int start = pos;
            while (pos < text.length() && isNameChar(text.charAt(pos))) pos++;
            String word = text.substring(start, pos);
            int afterWord = pos;
            skipSpace();
            if (peek() == '(') {
                pos = start;
                return call();
            }
            pos = afterWord;
            return switch (word) {
                case "true" -> new IntrinsicExpression.Literal(BooleanNode.TRUE, null);
                case "false" -> new IntrinsicExpression.Literal(BooleanNode.FALSE, null);
                case "null" -> new IntrinsicExpression.Literal(NullNode.getInstance(), null);
                default -> {
                    pos = start;
                    throw error("unexpected argument '" + word + "'");
                }
            };
        }
        throw error("expected an argument");
    }

    private IntrinsicExpression string() {
        int start = ++pos;
        StringBuilder value = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\' && pos + 1 < text.length() && isEscapable(text.charAt(pos + 1))) {
                value.append(text.charAt(pos + 1));
                pos += 2;
            } else if (c == '\'') {
                String escaped = text.substring(start, pos);
                pos++;
                return new IntrinsicExpression.Literal(TextNode.valueOf(value.toString()), escaped);
            } else {
                value.append(c);
                pos++;
            }
        }
        throw error("unterminated string literal");
    }

    private IntrinsicExpression number() {
        int start = pos;
        if (peek() == '-') pos++;
        while (pos < text.length() && "0123456789.eE+-".indexOf(text.charAt(pos)) >= 0) pos++;
        String literal = text.substring(start, pos);
        try {
            JsonNode value = JSON.readTree(literal);
            if (value == null || !value.isNumber()) throw new IllegalArgumentException();
            return new IntrinsicExpression.Literal(value, null);
        } catch (Exception e) {
            pos = start;
            throw error("invalid number '" + literal + "'");
        }
    }

    /** A path runs to the next ',' or ')' that is outside brackets, parentheses and quotes. */
    private IntrinsicExpression path() {
        int start = pos;
        int depth = 0;
        char quote = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (quote != 0) {
                if (c == '\\') pos++;
                else if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"') {
                if (depth == 0) break;
                quote = c;
            } else if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                if (depth == 0) break;
                depth--;
            } else if (c == ',' && depth == 0) {
                break;
            }
            pos++;
        }
        String path = text.substring(start, pos).strip();
        if (quote != 0 || depth != 0) throw error("unterminated path '" + path + "'");
        return new IntrinsicExpression.Path(path);
    }

    private static boolean isEscapable(char c) {
        return c == '\'' || c == '"' || c == '{' || c == '}' || c == '\\';
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_';
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void expect(char c) {
        if (peek() != c) throw error("expected '" + c + "'");
        pos++;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
    }

    private IntrinsicSyntaxError error(String message) {
        return new IntrinsicSyntaxError(text, pos, message);
    }
}
