package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.DynamoDbError;

import java.util.List;

/**
 * DynamoDB refuses two paths of one projection or update expression when one contains the other ("overlap") or
 * when they address the same attribute once as a map and once as a list ("conflict").
 */
final class PathOverlap {
    private PathOverlap() {}

    static void check(String parameter, List<DocumentPath> paths) throws DynamoDbError {
        for (int j = 1; j < paths.size(); j++) {
            for (int i = 0; i < j; i++) {
                DocumentPath one = paths.get(i);
                DocumentPath two = paths.get(j);
                if (one.isPrefixOf(two) || two.isPrefixOf(one)) throw ExpressionErrors.overlap(parameter, one, two);
                int n = Math.min(one.elements().size(), two.elements().size());
                for (int k = 0; k < n; k++) {
                    PathElement a = one.elements().get(k);
                    PathElement b = two.elements().get(k);
                    if (a.equals(b)) continue;
                    if (a.getClass() != b.getClass()) throw ExpressionErrors.conflict(parameter, one, two);
                    break;
                }
            }
        }
    }
}
