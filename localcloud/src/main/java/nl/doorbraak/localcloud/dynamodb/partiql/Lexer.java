package nl.doorbraak.localcloud.dynamodb.partiql;

import nl.doorbraak.localcloud.dynamodb.DynamoDbError;

import java.util.ArrayList;
import java.util.List;

/** Splits a PartiQL statement into tokens: identifiers (bare or "quoted"), 'strings', numbers, ?, punctuation. */
final class Lexer {
    enum Kind { WORD, QUOTED, STRING, NUMBER, PARAM, PUNCT, END }

    record Token(Kind kind, String text) {
        boolean is(String word) {
            return (kind == Kind.WORD && text.equalsIgnoreCase(word)) || (kind == Kind.PUNCT && text.equals(word));
        }
    }

    private Lexer() {}

    static List<Token> lex(String s) throws DynamoDbError {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) { i++; continue; }
            if (c == '\'' || c == '"') {
                StringBuilder b = new StringBuilder();
                int j = i + 1;
                while (true) {
                    if (j >= s.length()) throw PartiqlErrors.syntax("unterminated quoted text");
                    char d = s.charAt(j);
                    if (d == c) {
                        if (j + 1 < s.length() && s.charAt(j + 1) == c) { b.append(c); j += 2; continue; }
                        break;
                    }
                    b.append(d);
                    j++;
                }
                out.add(new Token(c == '\'' ? Kind.STRING : Kind.QUOTED, b.toString()));
                i = j + 1;
                continue;
            }
            if (Character.isDigit(c) || (c == '-' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))
                    && (out.isEmpty() || out.getLast().kind() == Kind.PUNCT && !out.getLast().text().equals(")") && !out.getLast().text().equals("]")))) {
                int j = i + 1;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == 'e' || s.charAt(j) == 'E'
                        || ((s.charAt(j) == '-' || s.charAt(j) == '+') && (s.charAt(j - 1) == 'e' || s.charAt(j - 1) == 'E')))) j++;
                out.add(new Token(Kind.NUMBER, s.substring(i, j)));
                i = j;
                continue;
            }
            if (Character.isLetter(c) || c == '_') {
                int j = i + 1;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) j++;
                out.add(new Token(Kind.WORD, s.substring(i, j)));
                i = j;
                continue;
            }
            if (c == '?') { out.add(new Token(Kind.PARAM, "?")); i++; continue; }
            for (String p : new String[]{"<<", ">>", "<=", ">=", "<>", "!=", "=", "<", ">", "(", ")", "[", "]", "{", "}", ",", ".", ":", "*", "+", "-"}) {
                if (s.startsWith(p, i)) {
                    out.add(new Token(Kind.PUNCT, p));
                    i += p.length();
                    c = 0;
                    break;
                }
            }
            if (c != 0) throw PartiqlErrors.syntax("unexpected character " + c);
        }
        out.add(new Token(Kind.END, ""));
        return out;
    }
}
