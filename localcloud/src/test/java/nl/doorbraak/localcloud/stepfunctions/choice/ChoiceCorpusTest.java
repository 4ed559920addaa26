package nl.doorbraak.localcloud.stepfunctions.choice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.doorbraak.localcloud.stepfunctions.SharedCorpus;
import nl.doorbraak.localcloud.stepfunctions.TestPaths;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replays the Choice rules of the AWS-recorded conformance cases shaped "Choice, then one of two Pass states"
 * (about 350 of them): the rule must pick the Pass state whose Result AWS returned. Skips without the shared corpus.
 */
class ChoiceCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void choice_rules_pick_the_branch_aws_picked() throws IOException {
        Path cases = SharedCorpus.sfnCases().orElse(null);
        Assumptions.assumeTrue(cases != null, "Skipped: shared conformance corpus (../shared or $DOORBRAAK_SHARED) is absent");
        List<String> failures = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.list(cases)) {
            for (Path file : files.sorted().toList()) {
                JsonNode testCase = JSON.readTree(file.toFile());
                JsonNode states = testCase.at("/definition/States");
                JsonNode choice = states.get(testCase.at("/definition/StartAt").asText());
                if (choice == null || !"Choice".equals(choice.path("Type").asText()) || states.size() != 3
                        || !"SUCCEEDED".equals(testCase.at("/expected/status").asText())
                        || testCase.at("/definition/QueryLanguage").asText("JSONPath").equals("JSONata")
                        || choice.path("QueryLanguage").asText("JSONPath").equals("JSONata")) continue;
                String chosen = choose(choice, testCase.get("input"));
                JsonNode next = states.get(chosen);
                if (next == null || !"Pass".equals(next.path("Type").asText()) || !next.has("Result")) continue;
                checked++;
                if (!next.get("Result").equals(testCase.at("/expected/output"))) {
                    failures.add(file.getFileName() + ": chose " + chosen + " for input " + testCase.get("input"));
                }
            }
        }
        assertTrue(checked > 300, "expected the corpus to hold 300+ such cases, found " + checked);
        assertEquals(List.of(), failures, checked + " cases checked");
    }

    private static String choose(JsonNode choice, JsonNode input) {
        var context = JSON.createObjectNode();
        context.putObject("Execution").set("Input", input);
        TestPaths paths = new TestPaths(input, context, Map.of());
        for (JsonNode rule : choice.get("Choices")) {
            if (ChoiceRule.parse(rule).matches(paths)) return rule.get("Next").asText();
        }
        return choice.path("Default").asText();
    }
}
