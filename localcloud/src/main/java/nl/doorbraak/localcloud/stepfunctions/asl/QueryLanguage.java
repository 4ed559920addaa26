package nl.doorbraak.localcloud.stepfunctions.asl;

/** The query language of a state machine or a single state: JSONPath (the default) or JSONata. */
public enum QueryLanguage {
    JSONPath, JSONata;

    public static QueryLanguage parse(String text, QueryLanguage inherited) {
        if (text == null) return inherited;
        return switch (text) {
            case "JSONPath" -> JSONPath;
            case "JSONata" -> JSONata;
            default -> throw new AslException("Unsupported QueryLanguage '" + text + "'");
        };
    }
}
