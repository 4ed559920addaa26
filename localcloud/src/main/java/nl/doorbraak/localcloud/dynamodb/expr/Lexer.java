package nl.doorbraak.localcloud.dynamodb.expr;

import java.util.ArrayList;
import java.util.List;

/** Splits an expression into tokens. Never fails: characters that start no token become {@code ILLEGAL} tokens. */
final class Lexer {
    private Lexer() {}

    static List<Token> tokenize(String src) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
                continue;
            }
            int start = i;
            Token.Kind kind;
            if (isLetter(c)) {
                i++;
                while (i < n && isWordChar(src.charAt(i))) i++;
                kind = Token.Kind.NAME;
            } else if (c >= '0' && c <= '9') {
                while (i < n && src.charAt(i) >= '0' && src.charAt(i) <= '9') i++;
                kind = Token.Kind.NUMBER;
            } else if ((c == '#' || c == ':') && i + 1 < n && isWordChar(src.charAt(i + 1))) {
                i++;
                while (i < n && isWordChar(src.charAt(i))) i++;
                kind = c == '#' ? Token.Kind.NAME_REF : Token.Kind.VALUE_REF;
            } else {
                i++;
                kind = switch (c) {
                    case '(' -> Token.Kind.LPAREN;
                    case ')' -> Token.Kind.RPAREN;
                    case '[' -> Token.Kind.LBRACKET;
                    case ']' -> Token.Kind.RBRACKET;
                    case ',' -> Token.Kind.COMMA;
                    case '.' -> Token.Kind.DOT;
                    case '=' -> Token.Kind.EQ;
                    case '+' -> Token.Kind.PLUS;
                    case '-' -> Token.Kind.MINUS;
                    case '<' -> {
                        if (i < n && src.charAt(i) == '>') { i++; yield Token.Kind.NE; }
                        if (i < n && src.charAt(i) == '=') { i++; yield Token.Kind.LE; }
                        yield Token.Kind.LT;
                    }
                    case '>' -> {
                        if (i < n && src.charAt(i) == '=') { i++; yield Token.Kind.GE; }
                        yield Token.Kind.GT;
                    }
                    default -> {
                        if (Character.isHighSurrogate(c) && i < n) i++;
                        yield Token.Kind.ILLEGAL;
                    }
                };
            }
            out.add(new Token(kind, src.substring(start, i), start, i));
        }
        out.add(new Token(Token.Kind.EOF, "", n, n));
        return out;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isWordChar(char c) {
        return isLetter(c) || (c >= '0' && c <= '9') || c == '_';
    }
}
