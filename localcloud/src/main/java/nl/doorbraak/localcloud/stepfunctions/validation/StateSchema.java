package nl.doorbraak.localcloud.stepfunctions.validation;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which fields each state type accepts, and which belong to one query language only (AWS docs, "State machine
 * structure", the per-state pages and "Transforming data with JSONata"). Type, Comment and QueryLanguage are
 * accepted on every state.
 */
final class StateSchema {
    static final List<String> TYPES = List.of("Task", "Pass", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map");
    static final Set<String> COMMON = Set.of("Type", "Comment", "QueryLanguage");
    static final Set<String> TOP_LEVEL = Set.of("Comment", "QueryLanguage", "StartAt", "TimeoutSeconds", "Version", "States");
    static final Set<String> SCOPE = Set.of("Comment", "StartAt", "States", "ProcessorConfig");

    static final Map<String, Set<String>> FIELDS = Map.of(
            "Pass", Set.of("InputPath", "OutputPath", "Result", "ResultPath", "Parameters", "Output", "Assign", "Next", "End"),
            "Task", Set.of("InputPath", "OutputPath", "ResultPath", "Parameters", "Arguments", "Output", "Assign", "Resource",
                    "Credentials", "ResultSelector", "Retry", "Catch", "TimeoutSeconds", "TimeoutSecondsPath",
                    "HeartbeatSeconds", "HeartbeatSecondsPath", "Next", "End"),
            "Wait", Set.of("InputPath", "OutputPath", "Output", "Assign", "Seconds", "Timestamp", "SecondsPath", "TimestampPath", "Next", "End"),
            "Parallel", Set.of("InputPath", "OutputPath", "ResultPath", "Parameters", "Arguments", "Output", "Assign",
                    "ResultSelector", "Retry", "Catch", "Branches", "Next", "End"),
            "Map", Set.of("InputPath", "OutputPath", "ResultPath", "Parameters", "Output", "Assign", "ResultSelector", "Retry",
                    "Catch", "ItemProcessor", "Iterator", "ItemsPath", "Items", "ItemSelector", "ItemReader", "ItemBatcher",
                    "ResultWriter", "MaxConcurrency", "MaxConcurrencyPath", "ToleratedFailurePercentage",
                    "ToleratedFailurePercentagePath", "ToleratedFailureCount", "ToleratedFailureCountPath", "Label", "Next", "End"),
            "Choice", Set.of("InputPath", "OutputPath", "Output", "Assign", "Choices", "Default"),
            "Succeed", Set.of("InputPath", "OutputPath", "Output"),
            "Fail", Set.of("Error", "Cause", "ErrorPath", "CausePath"));

    /** Fields only a JSONPath state may have. */
    static final Set<String> JSONPATH_ONLY = Set.of("InputPath", "OutputPath", "ResultPath", "Parameters", "ResultSelector",
            "Result", "ItemsPath", "TimeoutSecondsPath", "HeartbeatSecondsPath", "SecondsPath", "TimestampPath",
            "MaxConcurrencyPath", "ToleratedFailurePercentagePath", "ToleratedFailureCountPath", "ErrorPath", "CausePath");

    /** Fields only a JSONata state may have. */
    static final Set<String> JSONATA_ONLY = Set.of("Arguments", "Output", "Items");

    /** Fields holding a JSONPath (must start with $); ResultPath and ItemsPath must be Reference Paths. */
    static final Set<String> PATH_FIELDS = Set.of("InputPath", "OutputPath", "ResultPath", "ItemsPath", "TimeoutSecondsPath",
            "HeartbeatSecondsPath", "SecondsPath", "TimestampPath", "MaxConcurrencyPath", "ToleratedFailurePercentagePath",
            "ToleratedFailureCountPath", "ErrorPath", "CausePath");
    static final Set<String> REFERENCE_PATH_FIELDS = Set.of("ResultPath", "ItemsPath");

    /** Payload templates whose {@code .$} keys take a path or an intrinsic function. */
    static final Set<String> PAYLOAD_TEMPLATES = Set.of("Parameters", "ResultSelector", "ItemSelector");

    /** Pairs of which a state may have one only. */
    static final List<List<String>> EXCLUSIVE = List.of(
            List.of("TimeoutSeconds", "TimeoutSecondsPath"), List.of("HeartbeatSeconds", "HeartbeatSecondsPath"),
            List.of("MaxConcurrency", "MaxConcurrencyPath"), List.of("ToleratedFailurePercentage", "ToleratedFailurePercentagePath"),
            List.of("ToleratedFailureCount", "ToleratedFailureCountPath"), List.of("Error", "ErrorPath"), List.of("Cause", "CausePath"),
            List.of("ItemsPath", "Items"), List.of("ItemSelector", "Parameters"));

    static final Set<String> NEXT_OR_END = Set.of("Task", "Pass", "Wait", "Parallel", "Map");
    static final List<String> WAIT_TIMING = List.of("SecondsPath", "Seconds", "TimestampPath", "Timestamp");
    static final Set<String> RETRIER = Set.of("ErrorEquals", "IntervalSeconds", "MaxAttempts", "BackoffRate", "MaxDelaySeconds",
            "JitterStrategy", "Comment");
    static final Set<String> CATCHER = Set.of("ErrorEquals", "Next", "ResultPath", "Comment", "Assign", "Output");

    private StateSchema() { }
}
