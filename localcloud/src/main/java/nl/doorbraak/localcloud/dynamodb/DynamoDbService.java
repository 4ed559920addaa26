package nl.doorbraak.localcloud.dynamodb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.dynamodb.engine.DynamoDbEngine;
import nl.doorbraak.localcloud.dynamodb.ops.*;
import nl.doorbraak.localcloud.http.AwsJsonService;
import nl.doorbraak.localcloud.http.AwsResponse;
import nl.doorbraak.localcloud.http.AwsServiceException;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The wire adapter: DynamoDB's JSON 1.0 protocol ({@code X-Amz-Target: DynamoDB_20120810.<Operation>}).
 * Parses the body, hands it to the operation and renders the answer; errors leave as {@link DynamoDbError}.
 */
public final class DynamoDbService implements AwsJsonService {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Map<String, Operation> operations = new HashMap<>();

    public DynamoDbService(DynamoDbEngine engine) {
        operations.put("CreateTable", new CreateTable(engine));
        operations.put("DescribeTable", new DescribeTable(engine));
        operations.put("ListTables", new ListTables(engine));
        operations.put("DeleteTable", new DeleteTable(engine));
        operations.put("UpdateTable", new UpdateTable(engine));
        operations.put("TagResource", new TagResource(engine));
        operations.put("UntagResource", new UntagResource(engine));
        operations.put("ListTagsOfResource", new ListTagsOfResource(engine));
        operations.put("UpdateTimeToLive", new UpdateTimeToLive(engine));
        operations.put("DescribeTimeToLive", new DescribeTimeToLive(engine));
        operations.put("PutItem", new PutItem(engine));
        operations.put("GetItem", new GetItem(engine));
        operations.put("DeleteItem", new DeleteItem(engine));
        operations.put("UpdateItem", new UpdateItem(engine));
        operations.put("Query", new Query(engine));
        operations.put("Scan", new Scan(engine));
        operations.put("BatchGetItem", new BatchGetItem(engine));
        operations.put("BatchWriteItem", new BatchWriteItem(engine));
        operations.put("TransactWriteItems", new TransactWriteItems(engine));
        operations.put("TransactGetItems", new TransactGetItems(engine));
        operations.put("ExecuteStatement", new ExecuteStatement(engine));
        operations.put("BatchExecuteStatement", new BatchExecuteStatement(engine));
        operations.put("ExecuteTransaction", new ExecuteTransaction(engine));
        operations.put("DescribeEndpoints", request -> {
            ObjectNode out = MAPPER.createObjectNode();
            out.putArray("Endpoints").addObject().put("Address", "localhost").put("CachePeriodInMinutes", 1440);
            return out;
        });
        operations.put("DescribeLimits", request -> MAPPER.createObjectNode()
                .put("AccountMaxReadCapacityUnits", 80000).put("AccountMaxWriteCapacityUnits", 80000)
                .put("TableMaxReadCapacityUnits", 40000).put("TableMaxWriteCapacityUnits", 40000));
    }

    /** Adds or replaces an operation (PartiQL registers itself this way). */
    public DynamoDbService register(String name, Operation operation) {
        operations.put(name, operation);
        return this;
    }

    @Override
    public String targetPrefix() {
        return "DynamoDB_20120810";
    }

    @Override
    public AwsResponse handle(String operation, byte[] body) throws AwsServiceException {
        Operation op = operations.get(operation);
        if (op == null) {
            throw new DynamoDbError(400, "UnknownOperationException", null, null);
        }
        JsonNode request;
        try {
            request = body.length == 0 ? MAPPER.createObjectNode() : MAPPER.readTree(body);
        } catch (IOException e) {
            throw new DynamoDbError(400, "SerializationException", "Start of structure or map found where not expected.", null);
        }
        if (request == null || !request.isObject()) {
            throw new DynamoDbError(400, "SerializationException", "Start of structure or map found where not expected.", null);
        }
        try {
            JsonNode response = op.handle(request);
            return AwsResponse.ok(MAPPER.writeValueAsBytes(response));
        } catch (JsonProcessingException e) {
            throw new DynamoDbError(500, "InternalServerError", "Internal server error", null);
        } catch (UnsupportedOperationException e) {
            throw DynamoDbError.validation("Not supported by this engine yet: " + e.getMessage());
        }
    }
}
