package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;

/** Table name handling: a TableName member may be a name or a table ARN. */
final class Tables {
    private Tables() {}

    static String name(JsonNode req) {
        return name(Wire.text(req, "TableName"));
    }

    static String name(String nameOrArn) {
        if (nameOrArn == null) return null;
        int i = nameOrArn.indexOf(":table/");
        if (nameOrArn.startsWith("arn:") && i >= 0) {
            String rest = nameOrArn.substring(i + 7);
            int slash = rest.indexOf('/');
            return slash < 0 ? rest : rest.substring(0, slash);
        }
        return nameOrArn;
    }
}
