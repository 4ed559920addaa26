package nl.doorbraak.localcloud.stepfunctions.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.doorbraak.localcloud.stepfunctions.SharedCorpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every definition AWS accepted and ran in the conformance corpus must validate without findings. */
class DefinitionCorpusTest {
    @Test
    void every_definition_aws_ran_is_valid() throws IOException {
        Path cases = SharedCorpus.sfnCases().orElse(null);
        Assumptions.assumeTrue(cases != null, "Skipped: shared conformance corpus (../shared or $DOORBRAAK_SHARED) is absent");
        ObjectMapper json = new ObjectMapper();
        List<String> rejected = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.list(cases)) {
            for (Path file : files.sorted().toList()) {
                JsonNode definition = json.readTree(file.toFile()).get("definition");
                checked++;
                List<String> findings = DefinitionValidator.validate(definition);
                if (!findings.isEmpty()) rejected.add(file.getFileName() + ": " + findings);
            }
        }
        assertEquals(List.of(), rejected, checked + " definitions checked");
    }
}
