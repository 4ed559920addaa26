package nl.doorbraak.localcloud.stepfunctions.choice;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The comparison operators of a Choice rule (States Language, "Choice Rules"). Each operator but
 * {@code StringMatches}, {@code BooleanEquals}'s siblings and the type tests has a {@code ...Path} form whose
 * operand is a path instead of a literal; {@link #named(String)} recognises both spellings.
 */
public enum ComparisonOperator {
    StringEquals(Kind.STRING, Relation.EQUALS),
    StringLessThan(Kind.STRING, Relation.LESS_THAN),
    StringGreaterThan(Kind.STRING, Relation.GREATER_THAN),
    StringLessThanEquals(Kind.STRING, Relation.LESS_THAN_EQUALS),
    StringGreaterThanEquals(Kind.STRING, Relation.GREATER_THAN_EQUALS),
    StringMatches(Kind.STRING_PATTERN, Relation.MATCHES),
    NumericEquals(Kind.NUMERIC, Relation.EQUALS),
    NumericLessThan(Kind.NUMERIC, Relation.LESS_THAN),
    NumericGreaterThan(Kind.NUMERIC, Relation.GREATER_THAN),
    NumericLessThanEquals(Kind.NUMERIC, Relation.LESS_THAN_EQUALS),
    NumericGreaterThanEquals(Kind.NUMERIC, Relation.GREATER_THAN_EQUALS),
    BooleanEquals(Kind.BOOLEAN, Relation.EQUALS),
    TimestampEquals(Kind.TIMESTAMP, Relation.EQUALS),
    TimestampLessThan(Kind.TIMESTAMP, Relation.LESS_THAN),
    TimestampGreaterThan(Kind.TIMESTAMP, Relation.GREATER_THAN),
    TimestampLessThanEquals(Kind.TIMESTAMP, Relation.LESS_THAN_EQUALS),
    TimestampGreaterThanEquals(Kind.TIMESTAMP, Relation.GREATER_THAN_EQUALS),
    IsNull(Kind.TYPE_TEST, Relation.IS),
    IsPresent(Kind.TYPE_TEST, Relation.IS),
    IsNumeric(Kind.TYPE_TEST, Relation.IS),
    IsString(Kind.TYPE_TEST, Relation.IS),
    IsBoolean(Kind.TYPE_TEST, Relation.IS),
    IsTimestamp(Kind.TYPE_TEST, Relation.IS);

    /** What the operator compares. */
    public enum Kind { STRING, STRING_PATTERN, NUMERIC, BOOLEAN, TIMESTAMP, TYPE_TEST }

    /** How the two sides relate; {@code IS} is a type test whose operand is true or false. */
    public enum Relation {
        EQUALS, LESS_THAN, GREATER_THAN, LESS_THAN_EQUALS, GREATER_THAN_EQUALS, MATCHES, IS;

        /** Whether a three-way comparison result satisfies the relation. */
        public boolean holds(int comparison) {
            return switch (this) {
                case EQUALS -> comparison == 0;
                case LESS_THAN -> comparison < 0;
                case GREATER_THAN -> comparison > 0;
                case LESS_THAN_EQUALS -> comparison <= 0;
                case GREATER_THAN_EQUALS -> comparison >= 0;
                case MATCHES, IS -> throw new IllegalStateException(name() + " is not a three-way comparison");
            };
        }
    }

    /** An operator as written in a rule: the operator and whether it is the {@code ...Path} form. */
    public record Spelling(ComparisonOperator operator, boolean path) { }

    private static final Map<String, Spelling> BY_NAME = Arrays.stream(values())
            .flatMap(op -> op.hasPathForm()
                    ? java.util.stream.Stream.of(new Spelling(op, false), new Spelling(op, true))
                    : java.util.stream.Stream.of(new Spelling(op, false)))
            .collect(Collectors.toUnmodifiableMap(s -> s.operator().name() + (s.path() ? "Path" : ""), Function.identity()));

    private final Kind kind;
    private final Relation relation;

    ComparisonOperator(Kind kind, Relation relation) {
        this.kind = kind;
        this.relation = relation;
    }

    public Kind kind() { return kind; }
    public Relation relation() { return relation; }

    /** Whether a {@code ...Path} form exists: for the string, numeric, boolean and timestamp comparisons. */
    public boolean hasPathForm() {
        return kind != Kind.TYPE_TEST && kind != Kind.STRING_PATTERN;
    }

    /** The operator for a field name such as {@code NumericLessThanPath}, or empty when it is not an operator. */
    public static Optional<Spelling> named(String fieldName) {
        return Optional.ofNullable(BY_NAME.get(fieldName));
    }

    /** Whether a literal operand has the type this operator needs (a timestamp must also parse). */
    public boolean acceptsLiteral(JsonNode operand) {
        return switch (kind) {
            case STRING, STRING_PATTERN -> operand.isTextual();
            case NUMERIC -> operand.isNumber();
            case BOOLEAN, TYPE_TEST -> operand.isBoolean();
            case TIMESTAMP -> operand.isTextual() && Timestamps.isTimestamp(operand.textValue());
        };
    }
}
