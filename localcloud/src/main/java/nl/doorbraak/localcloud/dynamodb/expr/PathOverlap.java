package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.DynamoDbError;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * DynamoDB refuses two paths of one projection or update expression when one contains the other ("overlap") or
 * when they address the same attribute once as a map and once as a list ("conflict").
 */
final class PathOverlap {
    private PathOverlap() {}

    /** Reports the first overlapping pair and the first conflicting pair, comparing each path with those before it. */
    static void find(String parameter, List<DocumentPath> paths, BiConsumer<ExpressionParser.Problem, DynamoDbError> report) {
        for (int j = 1; j < paths.size(); j++) {
            for (int i = 0; i < j; i++) {
                DocumentPath one = paths.get(i);
                DocumentPath two = paths.get(j);
                int n = Math.min(one.elements().size(), two.elements().size());
                boolean diverged = false;
                for (int k = 0; k < n && !diverged; k++) {
                    PathElement a = one.elements().get(k);
                    PathElement b = two.elements().get(k);
                    if (a.getClass() != b.getClass()) {
                        report.accept(ExpressionParser.Problem.CONFLICT, ExpressionErrors.conflict(parameter, one, two));
                        diverged = true;
                    } else if (!a.equals(b)) {
                        diverged = true;
                    }
                }
                if (!diverged) report.accept(ExpressionParser.Problem.OVERLAP, ExpressionErrors.overlap(parameter, one, two));
            }
        }
    }
}
