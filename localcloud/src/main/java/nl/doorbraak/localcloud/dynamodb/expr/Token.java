package nl.doorbraak.localcloud.dynamodb.expr;

/** One lexical token of an expression, with its position in the source text (for DynamoDB's "near" context). */
record Token(Kind kind, String text, int start, int end) {

    enum Kind {
        /** An attribute name or keyword: a letter followed by letters, digits or underscores. */
        NAME,
        /** {@code #name}: a placeholder from ExpressionAttributeNames. */
        NAME_REF,
        /** {@code :value}: a placeholder from ExpressionAttributeValues. */
        VALUE_REF,
        /** Unsigned decimal digits (list indexes). */
        NUMBER,
        LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA, DOT,
        EQ, NE, LT, LE, GT, GE, PLUS, MINUS,
        /** A character that starts no token; always a syntax error where the parser meets it. */
        ILLEGAL,
        EOF
    }

    boolean is(Kind k) { return kind == k; }

    /** True for a NAME token spelling the keyword, case-insensitively (DynamoDB keywords are case-insensitive). */
    boolean isKeyword(String keyword) { return kind == Kind.NAME && text.equalsIgnoreCase(keyword); }

    /** The token as DynamoDB prints it in a syntax error. */
    String display() { return kind == Kind.EOF ? "<EOF>" : text; }
}
