package nl.doorbraak.localcloud.stepfunctions.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * The syntax tree of an intrinsic function expression (States Language, "Intrinsic Functions"):
 * a call whose arguments are literals, paths or nested calls.
 */
public sealed interface IntrinsicExpression {

    /** {@code States.Name(arg, ...)}. */
    record Call(String name, List<IntrinsicExpression> arguments) implements IntrinsicExpression {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    /**
     * A literal argument: a string in single quotes, a number, {@code true}, {@code false} or {@code null}.
     * For a string, {@code escapedText} keeps the text between the quotes as written (escapes intact), so
     * States.Format can tell an escaped {@code \{} from a placeholder; it is null for other literals.
     */
    record Literal(JsonNode value, String escapedText) implements IntrinsicExpression { }

    /** A path argument: {@code $.a.b}, {@code $$.Execution.Id}, {@code $}, or a variable reference {@code $name.field}. */
    record Path(String path) implements IntrinsicExpression { }
}
