package nl.doorbraak.localcloud.dynamodb.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.engine.TableDef;
import nl.doorbraak.localcloud.dynamodb.types.AttributeJson;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Serializes a commit (list of mutations) as one JSON array; items in DynamoDB's wire form. */
public final class MutationCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MutationCodec() {}

    public static byte[] encode(List<Mutation> commit) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Mutation m : commit) {
            ObjectNode o = a.addObject();
            switch (m) {
                case Mutation.DefineTable d -> o.put("op", "define").set("def", MAPPER.valueToTree(d.def()));
                case Mutation.DropTable d -> o.put("op", "drop").put("table", d.table());
                case Mutation.PutItem p -> o.put("op", "put").put("table", p.table()).set("item", AttributeJson.encodeItem(p.item()));
                case Mutation.DeleteItem d -> o.put("op", "delete").put("table", d.table()).set("key", AttributeJson.encodeItem(d.key()));
            }
        }
        try {
            return MAPPER.writeValueAsBytes(a);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Mutation> decode(byte[] bytes) throws IOException {
        JsonNode a = MAPPER.readTree(bytes);
        List<Mutation> out = new ArrayList<>(a.size());
        try {
            for (JsonNode o : a) {
                String table = o.path("table").asText();
                out.add(switch (o.get("op").asText()) {
                    case "define" -> new Mutation.DefineTable(MAPPER.treeToValue(o.get("def"), TableDef.class));
                    case "drop" -> new Mutation.DropTable(table);
                    case "put" -> new Mutation.PutItem(table, AttributeJson.decodeItem(o.get("item")));
                    case "delete" -> new Mutation.DeleteItem(table, AttributeJson.decodeItem(o.get("key")));
                    default -> throw new IOException("unknown mutation " + o);
                });
            }
        } catch (DynamoDbError e) {
            throw new IOException("corrupt item in log: " + e.getMessage(), e);
        }
        return out;
    }
}
