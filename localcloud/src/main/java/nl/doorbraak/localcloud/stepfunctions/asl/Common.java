package nl.doorbraak.localcloud.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fields every state kind shares. Paths use {@link #DEFAULT_PATH} when absent and {@code null} when the
 * definition set them to JSON null (which in the States Language means "{}" for InputPath/OutputPath and
 * "discard the result" for ResultPath).
 */
public record Common(String name, String type, QueryLanguage queryLanguage, String next, boolean end,
                     String inputPath, String outputPath, JsonNode assign, JsonNode output) {
    public static final String DEFAULT_PATH = "$";

    public boolean jsonata() { return queryLanguage == QueryLanguage.JSONata; }
}
