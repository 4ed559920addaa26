package nl.doorbraak.localcloud.dynamodb.partiql;

import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.expr.ExpressionContext;
import nl.doorbraak.localcloud.dynamodb.partiql.Lexer.Kind;
import nl.doorbraak.localcloud.dynamodb.partiql.Lexer.Token;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;
import nl.doorbraak.localcloud.dynamodb.types.DynamoNumber;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses the PartiQL subset DynamoDB supports into a {@link Statement}. */
public final class Parser {
    private static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "BETWEEN", "IN");
    private static final Set<String> FUNCTIONS = Set.of("begins_with", "attribute_exists", "attribute_not_exists", "attribute_type",
            "contains", "size", "if_not_exists", "list_append");

    private final List<Token> tokens;
    private final List<AttributeValue> parameters;
    private int pos;
    private int nextParam;
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, AttributeValue> values = new LinkedHashMap<>();
    private final Map<String, String> nameAliases = new HashMap<>();

    private Parser(String text, List<AttributeValue> parameters) throws DynamoDbError {
        this.tokens = Lexer.lex(text);
        this.parameters = parameters == null ? List.of() : parameters;
    }

    public static Statement parse(String text, List<AttributeValue> parameters) throws DynamoDbError {
        Parser p = new Parser(text, parameters);
        Statement s = p.statement();
        if (p.peek().kind() != Kind.END) throw PartiqlErrors.syntax("unexpected token " + p.peek().text());
        if (p.nextParam != p.parameters.size()) {
            throw DynamoDbError.validation("Number of parameters in request and statement don't match.");
        }
        return s;
    }

    private Statement statement() throws DynamoDbError {
        Token t = next();
        if (t.is("SELECT")) return select();
        if (t.is("INSERT")) return insert();
        if (t.is("UPDATE")) return update();
        if (t.is("DELETE")) return delete();
        if (t.is("EXISTS")) {
            expectPunct("(");
            expectWord("SELECT");
            Statement.Select select = (Statement.Select) select();
            expectPunct(")");
            return new Statement.Exists(select);
        }
        throw PartiqlErrors.syntax("unexpected keyword " + t.text());
    }

    private Statement select() throws DynamoDbError {
        String projection = null;
        if (peek().is("*")) {
            next();
        } else {
            StringBuilder b = new StringBuilder();
            while (!peek().is("FROM")) {
                if (peek().kind() == Kind.END) throw PartiqlErrors.syntax("missing FROM");
                Token t = next();
                if (t.is(",")) b.append(", ");
                else if (t.is(".")) b.append('.');
                else if (t.is("[")) b.append('[').append(expect(Kind.NUMBER).text()).append(expectPunct("]").text());
                else if (t.kind() == Kind.WORD || t.kind() == Kind.QUOTED) b.append(name(t.text()));
                else throw PartiqlErrors.syntax("unexpected token " + t.text());
            }
            projection = b.toString();
        }
        expectWord("FROM");
        String table = tableName();
        String index = null;
        if (peek().is(".")) {
            next();
            index = next().text();
        }
        Map<String, AttributeValue> keys = new LinkedHashMap<>();
        String where = null;
        if (peek().is("WHERE")) {
            next();
            where = clause(keys, Set.of("ORDER"));
        }
        boolean descending = false;
        if (peek().is("ORDER")) {
            next();
            expectWord("BY");
            next();
            if (peek().is("DESC")) {
                next();
                descending = true;
            } else if (peek().is("ASC")) {
                next();
            }
        }
        return new Statement.Select(table, index, projection, where, context(), keys, descending);
    }

    private Statement insert() throws DynamoDbError {
        expectWord("INTO");
        String table = tableName();
        expectWord("VALUE");
        AttributeValue v = value();
        if (!(v instanceof AttributeValue.M m)) throw PartiqlErrors.syntax("INSERT needs a tuple value");
        return new Statement.Insert(table, m.value());
    }

    private Statement update() throws DynamoDbError {
        String table = tableName();
        List<String> sets = new ArrayList<>();
        List<String> removes = new ArrayList<>();
        while (peek().is("SET") || peek().is("REMOVE")) {
            boolean set = next().is("SET");
            (set ? sets : removes).add(clause(null, Set.of("SET", "REMOVE", "WHERE")));
        }
        if (sets.isEmpty() && removes.isEmpty()) throw PartiqlErrors.syntax("UPDATE needs SET or REMOVE");
        String update = (sets.isEmpty() ? "" : "SET " + String.join(", ", sets))
                + (removes.isEmpty() ? "" : (sets.isEmpty() ? "" : " ") + "REMOVE " + String.join(", ", removes));
        Map<String, AttributeValue> keys = new LinkedHashMap<>();
        expectWord("WHERE");
        String where = clause(keys, Set.of("RETURNING"));
        return new Statement.Update(table, update, where, context(), keys, returning());
    }

    private Statement delete() throws DynamoDbError {
        expectWord("FROM");
        String table = tableName();
        Map<String, AttributeValue> keys = new LinkedHashMap<>();
        expectWord("WHERE");
        String where = clause(keys, Set.of("RETURNING"));
        return new Statement.Delete(table, where, context(), keys, returning());
    }

    /** {@code RETURNING ALL|MODIFIED OLD|NEW *} as a ReturnValues mode (ALL_OLD, UPDATED_NEW, ...), or null. */
    private String returning() throws DynamoDbError {
        if (!peek().is("RETURNING")) return null;
        next();
        Token which = next();
        Token age = next();
        expectPunct("*");
        if (!(which.is("ALL") || which.is("MODIFIED")) || !(age.is("OLD") || age.is("NEW"))) {
            throw PartiqlErrors.syntax("RETURNING needs ALL|MODIFIED OLD|NEW *");
        }
        return (which.is("ALL") ? "ALL_" : "UPDATED_") + age.text().toUpperCase();
    }

    /**
     * Translates tokens up to one of {@code stopWords} (or the end) into the expression language. When {@code keys} is
     * given, collects {@code name = value} equalities at the top level of an AND chain.
     */
    private String clause(Map<String, AttributeValue> keys, Set<String> stopWords) throws DynamoDbError {
        StringBuilder b = new StringBuilder();
        int depth = 0;
        boolean topLevelOr = false;
        Token prev = null;
        int pathStart = -1;
        while (true) {
            Token t = peek();
            if (t.kind() == Kind.END) break;
            if (t.kind() == Kind.WORD && stopWords.stream().anyMatch(t::is) && depth == 0) break;
            if (t.is(")") && depth == 0) break;
            next();
            if (t.is("IS") && pathStart >= 0) {
                boolean not = peek().is("NOT");
                if (not) next();
                Token what = next();
                String path = b.substring(pathStart).trim();
                b.setLength(pathStart);
                if (what.is("MISSING")) {
                    b.append(not ? "attribute_exists(" : "attribute_not_exists(").append(path).append(')');
                } else if (what.is("NULL")) {
                    b.append(not ? "NOT " : "").append("attribute_type(").append(path).append(", ")
                            .append(valueRef(new AttributeValue.S("NULL"))).append(')');
                } else {
                    throw PartiqlErrors.syntax("IS must be followed by MISSING or NULL");
                }
                prev = what;
                pathStart = -1;
                continue;
            }
            if (t.kind() == Kind.WORD && KEYWORDS.contains(t.text().toUpperCase())) {
                if (t.is("OR") && depth == 0) topLevelOr = true;
                b.append(' ').append(t.text().toUpperCase()).append(' ');
                if (t.is("IN") && peek().is("[")) {
                    next();
                    b.append('(');
                    boolean first = true;
                    while (!peek().is("]")) {
                        if (!first) expectPunct(",");
                        b.append(first ? "" : ", ").append(valueRef(value()));
                        first = false;
                    }
                    next();
                    b.append(')');
                }
            } else if (t.kind() == Kind.WORD && FUNCTIONS.contains(t.text().toLowerCase()) && peek().is("(")) {
                b.append(t.text().toLowerCase());
            } else if (t.kind() == Kind.WORD && (t.is("true") || t.is("false") || t.is("null") || t.is("MISSING"))) {
                pos--;
                b.append(valueRef(value()));
            } else if (t.kind() == Kind.WORD || t.kind() == Kind.QUOTED) {
                String n = name(t.text());
                if (prev == null || !prev.is(".")) pathStart = b.length();
                b.append(n);
                if (keys != null && depth == 0 && peek().is("=") && (prev == null || prev.is("AND"))) {
                    Token eq = next();
                    b.append(' ').append(eq.text()).append(' ');
                    AttributeValue v = value();
                    b.append(valueRef(v));
                    if (!peek().is(".") && !peek().is("[")) keys.put(t.text(), v);
                    prev = eq;
                    continue;
                }
            } else if (t.is("(")) {
                depth++;
                b.append('(');
            } else if (t.is(")")) {
                depth--;
                b.append(')');
            } else if (t.is("[") && prev != null && (prev.kind() == Kind.WORD || prev.kind() == Kind.QUOTED || prev.is("]"))) {
                b.append('[').append(expect(Kind.NUMBER).text()).append(expectPunct("]").text());
                prev = new Token(Kind.PUNCT, "]");
                continue;
            } else if (t.is(".") || t.is(",")) {
                b.append(t.text()).append(t.is(",") ? " " : "");
            } else if (t.is("!=") || t.is("<>")) {
                b.append(" <> ");
            } else if (t.kind() == Kind.PUNCT && List.of("=", "<", ">", "<=", ">=", "+", "-").contains(t.text())) {
                b.append(' ').append(t.text()).append(' ');
            } else {
                pos--;
                b.append(valueRef(value()));
            }
            prev = t;
        }
        if (topLevelOr && keys != null) keys.clear();
        return b.toString().trim().replaceAll("\\s+", " ");
    }

    private AttributeValue value() throws DynamoDbError {
        Token t = next();
        switch (t.kind()) {
            case STRING: return new AttributeValue.S(t.text());
            case NUMBER:
                try {
                    return new AttributeValue.N(DynamoNumber.parse(t.text()));
                } catch (NumberFormatException e) {
                    throw DynamoDbError.validation(e.getMessage());
                }
            case PARAM:
                if (nextParam >= parameters.size()) {
                    throw DynamoDbError.validation("Number of parameters in request and statement don't match.");
                }
                return parameters.get(nextParam++);
            case WORD:
                if (t.is("true") || t.is("false")) return new AttributeValue.Bool(t.is("true"));
                if (t.is("null")) return new AttributeValue.Null();
                throw PartiqlErrors.syntax("unexpected token " + t.text());
            default:
                break;
        }
        if (t.is("{")) {
            Map<String, AttributeValue> m = new LinkedHashMap<>();
            while (!peek().is("}")) {
                if (!m.isEmpty()) expectPunct(",");
                Token k = next();
                if (k.kind() != Kind.STRING && k.kind() != Kind.QUOTED && k.kind() != Kind.WORD) throw PartiqlErrors.syntax("bad tuple key");
                expectPunct(":");
                m.put(k.text(), value());
            }
            next();
            return new AttributeValue.M(m);
        }
        if (t.is("[")) {
            List<AttributeValue> l = new ArrayList<>();
            while (!peek().is("]")) {
                if (!l.isEmpty()) expectPunct(",");
                l.add(value());
            }
            next();
            return new AttributeValue.L(l);
        }
        if (t.is("<<")) {
            List<AttributeValue> l = new ArrayList<>();
            while (!peek().is(">>")) {
                if (!l.isEmpty()) expectPunct(",");
                l.add(value());
            }
            next();
            if (l.isEmpty()) throw PartiqlErrors.syntax("empty set");
            if (l.stream().allMatch(v -> v instanceof AttributeValue.S)) {
                Set<String> set = new LinkedHashSet<>();
                l.forEach(v -> set.add(((AttributeValue.S) v).value()));
                return new AttributeValue.SS(set);
            }
            if (l.stream().allMatch(v -> v instanceof AttributeValue.N)) {
                Set<DynamoNumber> set = new LinkedHashSet<>();
                l.forEach(v -> set.add(((AttributeValue.N) v).value()));
                return new AttributeValue.NS(set);
            }
            throw PartiqlErrors.syntax("set elements must all be strings or all numbers");
        }
        throw PartiqlErrors.syntax("unexpected token " + t.text());
    }

    private String name(String attribute) {
        return nameAliases.computeIfAbsent(attribute, a -> {
            String alias = "#p" + names.size();
            names.put(alias, a);
            return alias;
        });
    }

    private String valueRef(AttributeValue v) {
        String alias = ":p" + values.size();
        values.put(alias, v);
        return alias;
    }

    private ExpressionContext context() {
        return new ExpressionContext(names.isEmpty() ? null : names, values.isEmpty() ? null : values);
    }

    private String tableName() throws DynamoDbError {
        Token t = next();
        if (t.kind() != Kind.QUOTED && t.kind() != Kind.WORD) throw PartiqlErrors.syntax("expected a table name");
        return t.text();
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Kind.END) pos++;
        return t;
    }

    private Token expect(Kind kind) throws DynamoDbError {
        Token t = next();
        if (t.kind() != kind) throw PartiqlErrors.syntax("unexpected token " + t.text());
        return t;
    }

    private Token expectPunct(String p) throws DynamoDbError {
        Token t = next();
        if (!t.is(p)) throw PartiqlErrors.syntax("expected " + p + " but found " + t.text());
        return t;
    }

    private void expectWord(String w) throws DynamoDbError {
        Token t = next();
        if (!t.is(w)) throw PartiqlErrors.syntax("expected " + w + " but found " + t.text());
    }
}
