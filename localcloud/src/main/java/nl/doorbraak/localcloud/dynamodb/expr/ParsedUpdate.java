package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A parsed update expression (or a converted legacy AttributeUpdates): its actions in the order written. */
public record ParsedUpdate(List<UpdateAction> actions) implements Expressions.Update {

    public ParsedUpdate {
        actions = List.copyOf(actions);
    }

    @Override
    public Map<String, AttributeValue> apply(Map<String, AttributeValue> item) throws DynamoDbError {
        return UpdateApplier.apply(actions, item);
    }

    /**
     * The paths this update touches, as a projection: applied to the old item it gives ReturnValues UPDATED_OLD,
     * applied to the new item UPDATED_NEW (nested paths keep their structure, as DynamoDB returns them).
     */
    public Expressions.Projection updatedPaths() {
        return new PathProjection(actions.stream().map(UpdateAction::path).toList());
    }

    @Override
    public Set<String> topLevelAttributes() {
        Set<String> out = new LinkedHashSet<>();
        for (UpdateAction a : actions) out.add(a.path().head());
        return out;
    }
}
