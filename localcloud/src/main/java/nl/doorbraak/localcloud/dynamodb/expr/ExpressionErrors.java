package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.util.List;

/** DynamoDB's wording for expression errors (all ValidationException). */
final class ExpressionErrors {
    private ExpressionErrors() {}

    /** {@code Invalid <Param>: <detail>}, e.g. "Invalid ConditionExpression: The expression can not be empty;". */
    static DynamoDbError invalid(String parameter, String detail) {
        return DynamoDbError.validation("Invalid " + parameter + ": " + detail);
    }

    /**
     * A syntax error at {@code tokens[index]}. DynamoDB shows the offending token and, as "near", the source text
     * from the token before it to the token after it.
     */
    static DynamoDbError syntax(String parameter, String src, List<Token> tokens, int index) {
        Token tok = tokens.get(index);
        int from = index > 0 ? tokens.get(index - 1).start() : tok.start();
        int to;
        if (tok.is(Token.Kind.EOF)) {
            to = src.length();
        } else {
            Token next = tokens.get(index + 1);
            to = next.is(Token.Kind.EOF) ? tok.end() : next.end();
        }
        return invalid(parameter, "Syntax error; token: \"" + tok.display() + "\", near: \"" + src.substring(from, to) + "\"");
    }

    static DynamoDbError reserved(String parameter, String word) {
        return invalid(parameter, "Attribute name is a reserved keyword; reserved keyword: " + word);
    }

    static DynamoDbError undefinedName(String parameter, String ref) {
        return invalid(parameter, "An expression attribute name used in the document path is not defined; attribute name: " + ref);
    }

    static DynamoDbError undefinedValue(String parameter, String ref) {
        return invalid(parameter, "An expression attribute value used in expression is not defined; attribute value: " + ref);
    }

    static DynamoDbError empty(String parameter) {
        return invalid(parameter, "The expression can not be empty;");
    }

    static DynamoDbError operandType(String parameter, String function, String type) {
        return invalid(parameter, "Incorrect operand type for operator or function; operator or function: " + function + ", operand type: " + type);
    }

    static DynamoDbError operandCount(String parameter, String function, int count) {
        return invalid(parameter, "Incorrect number of operands for operator or function; operator or function: " + function + ", number of operands: " + count);
    }

    static DynamoDbError needsPath(String parameter, String function) {
        return invalid(parameter, "Operator or function requires a document path; operator or function: " + function);
    }

    static DynamoDbError unknownFunction(String parameter, String function) {
        return invalid(parameter, "Invalid function name; function: " + function);
    }

    static DynamoDbError misusedFunction(String parameter, String function) {
        return invalid(parameter, "The function is not allowed to be used this way in an expression; function: " + function);
    }

    static DynamoDbError overlap(String parameter, DocumentPath one, DocumentPath two) {
        return invalid(parameter, "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: "
                + one.render() + ", path two: " + two.render());
    }

    static DynamoDbError conflict(String parameter, DocumentPath one, DocumentPath two) {
        return invalid(parameter, "Two document paths conflict with each other; must remove or rewrite one of these paths; path one: "
                + one.render() + ", path two: " + two.render());
    }

    /** Runtime: an update operand of the wrong type (e.g. {@code SET a = b + :n} with b a string). */
    static DynamoDbError incorrectDataType() {
        return DynamoDbError.validation("An operand in the update expression has an incorrect data type");
    }

    /** Runtime: SET into a path whose parent does not exist or is not a map/list. */
    static DynamoDbError invalidUpdatePath() {
        return DynamoDbError.validation("The document path provided in the update expression is invalid for update");
    }

    /** Runtime: a SET operand path that the item does not have. */
    static DynamoDbError missingAttribute() {
        return DynamoDbError.validation("The provided expression refers to an attribute that does not exist in the item");
    }

    /** DynamoDB's rendering of a value inside messages, e.g. {@code AttributeValue: {N:5}}. */
    static String describe(AttributeValue v) {
        return "AttributeValue: {" + v.type() + ":" + Values.plain(v) + "}";
    }
}
