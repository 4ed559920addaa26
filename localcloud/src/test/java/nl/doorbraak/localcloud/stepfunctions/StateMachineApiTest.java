package nl.doorbraak.localcloud.stepfunctions;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.InvalidNameException;
import software.amazon.awssdk.services.sfn.model.ListStateMachinesResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** State machine operations through the unmodified SDK client. */
class StateMachineApiTest extends SfnScenario {
    static final String PASS = """
            {"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""";

    @Test
    void aStateMachineIsCreatedDescribedUpdatedAndDeleted() {
        var created = sfn.createStateMachine(b -> b.name("approval").definition(PASS).roleArn(ROLE));
        assertTrue(created.stateMachineArn().endsWith(":stateMachine:approval"));
        assertNotNull(created.creationDate());

        var described = sfn.describeStateMachine(b -> b.stateMachineArn(created.stateMachineArn()));
        assertEquals("approval", described.name());
        assertEquals(PASS, described.definition());
        assertEquals(StateMachineType.STANDARD, described.type());
        assertEquals(ROLE, described.roleArn());

        String changed = PASS.replace("\"P\"", "\"Q\"");
        var updated = sfn.updateStateMachine(b -> b.stateMachineArn(created.stateMachineArn()).definition(changed));
        assertNotNull(updated.updateDate());
        assertEquals(changed, sfn.describeStateMachine(b -> b.stateMachineArn(created.stateMachineArn())).definition());

        sfn.deleteStateMachine(b -> b.stateMachineArn(created.stateMachineArn()));
        assertThrows(StateMachineDoesNotExistException.class,
                () -> sfn.describeStateMachine(b -> b.stateMachineArn(created.stateMachineArn())));
    }

    @Test
    void creatingTheSameMachineTwiceIsIdempotentButADifferentDefinitionIsRefused() {
        String first = sfn.createStateMachine(b -> b.name("same").definition(PASS).roleArn(ROLE)).stateMachineArn();
        String again = sfn.createStateMachine(b -> b.name("same").definition(PASS).roleArn(ROLE)).stateMachineArn();
        assertEquals(first, again);
        assertThrows(StateMachineAlreadyExistsException.class, () -> sfn.createStateMachine(b -> b.name("same")
                .definition(PASS.replace("\"P\"", "\"Z\"")).roleArn(ROLE)));
    }

    @Test
    void anInvalidDefinitionIsRefusedWithAUsefulMessage() {
        var notJson = assertThrows(InvalidDefinitionException.class,
                () -> sfn.createStateMachine(b -> b.name("bad").definition("{not json").roleArn(ROLE)));
        assertTrue(notJson.getMessage().contains("Invalid State Machine Definition"), notJson.getMessage());

        var missingTarget = assertThrows(InvalidDefinitionException.class, () -> sfn.createStateMachine(b -> b.name("bad2")
                .definition("{\"StartAt\":\"Nowhere\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}").roleArn(ROLE)));
        assertTrue(missingTarget.getMessage().contains("Nowhere"), missingTarget.getMessage());

        assertThrows(InvalidNameException.class, () -> sfn.createStateMachine(b -> b.name("has space").definition(PASS).roleArn(ROLE)));
    }

    @Test
    void listingPagesThroughAllMachines() {
        for (int i = 0; i < 5; i++) {
            int n = i;
            sfn.createStateMachine(b -> b.name("list-" + n).definition(PASS).roleArn(ROLE));
        }
        Set<String> seen = new HashSet<>();
        String token = null;
        int pages = 0;
        do {
            String t = token;
            ListStateMachinesResponse page = sfn.listStateMachines(b -> b.maxResults(2).nextToken(t));
            page.stateMachines().forEach(sm -> seen.add(sm.name()));
            token = page.nextToken();
            pages++;
        } while (token != null);
        assertEquals(Set.of("list-0", "list-1", "list-2", "list-3", "list-4"), seen);
        assertEquals(3, pages);
    }
}
