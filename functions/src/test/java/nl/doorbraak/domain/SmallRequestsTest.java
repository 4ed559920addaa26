package nl.doorbraak.domain;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Decision, withdrawal, handover and follow-up bodies. */
class SmallRequestsTest {

    private static Map<String, String> problems(Runnable parse) {
        return assertThrows(ValidationException.class, parse::run).fields();
    }

    @Test
    void approvalNeedsNoComment() {
        DecisionRequest r = DecisionRequest.parse(Json.parse("{\"decision\":\"APPROVE\"}"));
        assertEquals(ApprovalDecision.APPROVE, r.decision());
        assertNull(r.comment());
    }

    @Test
    void rejectionNeedsAComment() {
        assertEquals(Map.of("comment", Messages.COMMENT_REQUIRED_TO_REJECT),
                problems(() -> DecisionRequest.parse(Json.parse("{\"decision\":\"REJECT\"}"))));
        assertEquals(Map.of("comment", Messages.COMMENT_REQUIRED_TO_REJECT),
                problems(() -> DecisionRequest.parse(Json.parse("{\"decision\":\"REJECT\",\"comment\":\"   \"}"))));
        assertEquals("Past beter bij schuldhulp", DecisionRequest.parse(
                Json.parse("{\"decision\":\"REJECT\",\"comment\":\"Past beter bij schuldhulp\"}")).comment());
        assertEquals(Map.of("comment", Messages.tooLong(1000)),
                problems(() -> DecisionRequest.parse(Json.parse("{\"decision\":\"REJECT\",\"comment\":\"" + "x".repeat(1001) + "\"}"))));
        assertEquals(Map.of("decision", Messages.unknownValue("WITHDRAW", java.util.List.of("APPROVE", "REJECT"))),
                problems(() -> DecisionRequest.parse(Json.parse("{\"decision\":\"WITHDRAW\"}"))));
    }

    @Test
    void withdrawalNeedsAReason() {
        assertEquals("Zelf opgelost", WithdrawRequest.parse(Json.parse("{\"reason\":\"Zelf opgelost\"}")).reason());
        assertEquals(Map.of("reason", Messages.REQUIRED), problems(() -> WithdrawRequest.parse(Json.parse("{}"))));
        assertEquals(Map.of("reason", Messages.tooLong(500)),
                problems(() -> WithdrawRequest.parse(Json.parse("{\"reason\":\"" + "x".repeat(501) + "\"}"))));
    }

    @Test
    void handoverNeedsAnOrganisation() {
        HandoverRequest r = HandoverRequest.parse(Json.parse("{\"organisation\":\"Wijkteam Noord\"}"));
        assertEquals("Wijkteam Noord", r.organisation());
        assertNull(r.note());
        assertEquals(Map.of("organisation", Messages.BLANK, "phone", Messages.UNKNOWN_FIELD),
                problems(() -> HandoverRequest.parse(Json.parse("{\"organisation\":\"\",\"phone\":\"0612345678\"}"))));
    }

    @Test
    void followUpNeedsAnOutcome() {
        assertEquals(FollowUpOutcome.OPNIEUW_HULP_NODIG,
                FollowUpRequest.parse(Json.parse("{\"outcome\":\"OPNIEUW_HULP_NODIG\",\"note\":\"\"}")).outcome());
        assertEquals(Map.of("outcome", Messages.unknownValue("GOED", java.util.List.of("STABIEL", "OPNIEUW_HULP_NODIG"))),
                problems(() -> FollowUpRequest.parse(Json.parse("{\"outcome\":\"GOED\"}"))));
    }
}
