package nl.doorbraak.localcloud.dynamodb.expr;

/** The comparison operators of condition expressions. */
public enum Comparator {
    EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

    private final String symbol;

    Comparator(String symbol) { this.symbol = symbol; }

    public String symbol() { return symbol; }

    static Comparator of(Token.Kind kind) {
        return switch (kind) {
            case EQ -> EQ;
            case NE -> NE;
            case LT -> LT;
            case LE -> LE;
            case GT -> GT;
            case GE -> GE;
            default -> null;
        };
    }

    /** Whether a comparison result (negative, zero, positive) satisfies this ordering operator. */
    boolean accepts(int cmp) {
        return switch (this) {
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case GT -> cmp > 0;
            case GE -> cmp >= 0;
        };
    }
}
