package nl.doorbraak.localcloud.stepfunctions.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * {@code States.Format(template, arg...)}: replaces each {@code {}} in the template by the next argument.
 * In a template written as a literal, {@code \{} and {@code \}} are literal braces (the States Language escapes
 * {@code ' { } \} with a backslash); a template read from a path is used as it is. The number of {@code {}}
 * must equal the number of arguments. Strings are inserted as they are, other values as AWS prints them
 * (see {@link JsonValues#javaStyle(JsonNode)}).
 */
final class FormatFunction implements IntrinsicFunction {

    @Override
    public JsonNode apply(IntrinsicArguments arguments) {
        arguments.requireCount(1, Integer.MAX_VALUE);
        String template = arguments.string(0);
        boolean escapes = false;
        if (arguments.expressions().get(0) instanceof IntrinsicExpression.Literal literal && literal.escapedText() != null) {
            template = literal.escapedText();
            escapes = true;
        }
        StringBuilder out = new StringBuilder();
        int next = 1;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (escapes && c == '\\' && i + 1 < template.length() && "'\"{}\\".indexOf(template.charAt(i + 1)) >= 0) {
                out.append(template.charAt(++i));
            } else if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
                if (next >= arguments.size()) throw arguments.invalid();
                out.append(JsonValues.javaStyle(arguments.get(next++)));
                i++;
            } else {
                out.append(c);
            }
        }
        if (next != arguments.size()) throw arguments.invalid();
        return TextNode.valueOf(out.toString());
    }
}
