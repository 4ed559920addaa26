package nl.doorbraak.localcloud.stepfunctions.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.stepfunctions.StatesError;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a value at a reference path ({@code $.a.b}, {@code $['a']}, {@code $.list[0]}), as {@code ResultPath} does:
 * missing objects on the way are created, the rest of the document is kept.
 */
public final class ReferencePath {
    private ReferencePath() {}

    public static JsonNode set(JsonNode document, String path, JsonNode value) {
        List<Object> tokens = tokens(path);
        if (tokens.isEmpty()) return value;
        JsonNode root = document == null || document.isNull() || document.isMissingNode() ? Json.object() : document.deepCopy();
        if (!root.isContainerNode()) {
            throw StatesError.runtime("Unable to apply ResultPath '" + path + "' to input '" + Json.write(document) + "'");
        }
        JsonNode cur = root;
        for (int i = 0; i < tokens.size(); i++) {
            Object t = tokens.get(i);
            boolean last = i == tokens.size() - 1;
            if (t instanceof String key) {
                if (!(cur instanceof ObjectNode obj)) {
                    throw StatesError.runtime("Unable to apply ResultPath '" + path + "' to input '" + Json.write(document) + "'");
                }
                if (last) {
                    obj.set(key, value);
                } else {
                    JsonNode child = obj.get(key);
                    if (child == null || !child.isContainerNode()) {
                        child = Json.object();
                        obj.set(key, child);
                    }
                    cur = child;
                }
            } else {
                int idx = (Integer) t;
                if (!(cur instanceof ArrayNode arr) || idx >= arr.size()) {
                    throw StatesError.runtime("Unable to apply ResultPath '" + path + "' to input '" + Json.write(document) + "'");
                }
                if (last) arr.set(idx, value);
                else cur = arr.get(idx);
            }
        }
        return root;
    }

    static List<Object> tokens(String path) {
        if (path == null || !path.startsWith("$")) throw StatesError.runtime("Invalid path '" + path + "'");
        List<Object> out = new ArrayList<>();
        int i = 1;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                int j = i + 1;
                while (j < path.length() && path.charAt(j) != '.' && path.charAt(j) != '[') j++;
                out.add(path.substring(i + 1, j));
                i = j;
            } else if (c == '[') {
                int close = path.indexOf(']', i);
                if (close < 0) throw StatesError.runtime("Invalid path '" + path + "'");
                String inner = path.substring(i + 1, close).trim();
                if (inner.startsWith("'") || inner.startsWith("\"")) out.add(inner.substring(1, inner.length() - 1));
                else {
                    try {
                        out.add(Integer.parseInt(inner));
                    } catch (NumberFormatException e) {
                        throw StatesError.runtime("Invalid path '" + path + "'");
                    }
                }
                i = close + 1;
            } else {
                throw StatesError.runtime("Invalid path '" + path + "'");
            }
        }
        return out;
    }
}
