package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.DynamoDbError;

import java.util.ArrayList;
import java.util.List;

/** Parser of projection expressions: {@code path (',' path)*}. */
final class ProjectionParser extends ExpressionParser {

    ProjectionParser(String src, ExpressionContext ctx) {
        super("ProjectionExpression", src, ctx);
    }

    private static final List<Problem> RANKING = List.of(Problem.RESERVED, Problem.UNDEFINED_PLACEHOLDER,
            Problem.OVERLAP, Problem.CONFLICT, Problem.FUNCTION);

    @Override
    List<Problem> ranking() {
        return RANKING;
    }

    PathProjection parse() throws DynamoDbError {
        requireNotEmpty();
        List<DocumentPath> paths = new ArrayList<>();
        paths.add(parsePath());
        while (accept(Token.Kind.COMMA)) paths.add(parsePath());
        expectEnd();
        checkOverlaps(paths);
        throwDeferred();
        return new PathProjection(paths);
    }

    @Override
    Operand callAsOperand(Call call) {
        return invalidOperand(); // projections have no functions; the parser never asks
    }
}
