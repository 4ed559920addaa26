package nl.doorbraak.localcloud.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** Inline {@code Map}: runs the item processor once per item; the result is the array of iteration outputs. */
public record MapState(Common common, StateMachineDefinition.Branch processor, String itemsPath, JsonNode items,
                       JsonNode itemSelector, JsonNode resultSelector, String resultPath,
                       JsonNode maxConcurrency, String maxConcurrencyPath,
                       JsonNode toleratedFailureCount, String toleratedFailureCountPath,
                       JsonNode toleratedFailurePercentage, String toleratedFailurePercentagePath,
                       List<Retrier> retry, List<Catcher> catchers) implements State, Recoverable {}
