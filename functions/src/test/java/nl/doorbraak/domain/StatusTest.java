package nl.doorbraak.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every one of the 11 × 11 status pairs, checked against the transitions as the issue describes the workflow. */
class StatusTest {

    /** The expected transitions, written independently of {@link Status}'s own table. */
    private static final Set<String> EXPECTED = Set.of(
            "REGISTERED->AWAITING_APPROVAL", "REGISTERED->FUNDED", "REGISTERED->INSUFFICIENT_BUDGET",
            "AWAITING_APPROVAL->ESCALATED", "AWAITING_APPROVAL->FUNDED", "AWAITING_APPROVAL->HANDOVER_PENDING",
            "AWAITING_APPROVAL->REJECTED", "AWAITING_APPROVAL->EXPIRED", "AWAITING_APPROVAL->WITHDRAWN",
            "AWAITING_APPROVAL->INSUFFICIENT_BUDGET",
            "ESCALATED->FUNDED", "ESCALATED->HANDOVER_PENDING", "ESCALATED->REJECTED", "ESCALATED->EXPIRED",
            "ESCALATED->WITHDRAWN", "ESCALATED->INSUFFICIENT_BUDGET",
            "FUNDED->HANDOVER_PENDING", "HANDOVER_PENDING->FOLLOW_UP", "FOLLOW_UP->CLOSED");

    static Stream<Arguments> everyPair() {
        List<Arguments> out = new ArrayList<>();
        for (Status from : Status.values()) {
            for (Status to : Status.values()) {
                if (from != to) {
                    out.add(Arguments.of(from, to, EXPECTED.contains(from + "->" + to)));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} → {1} allowed: {2}")
    @MethodSource("everyPair")
    void transitionIsAllowedExactlyWhenTheWorkflowHasIt(Status from, Status to, boolean allowed) {
        assertEquals(allowed, from.canMoveTo(to));
        if (allowed) {
            assertSame(to, from.moveTo(to));
        } else {
            IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> from.moveTo(to));
            assertEquals(from, e.from());
            assertEquals(to, e.to());
            assertEquals("Deze actie kan niet meer: de interventie heeft status " + from + ".", e.dutchMessage());
        }
    }

    @Test
    void movingToTheCurrentStatusIsANoOpBecauseTasksRunAtLeastOnce() {
        for (Status s : Status.values()) {
            assertSame(s, s.moveTo(s));
            assertFalse(s.canMoveTo(s), "a status is not its own successor: " + s);
        }
    }

    @Test
    void finalStatusesHaveNoSuccessor() {
        Set<Status> finals = EnumSet.noneOf(Status.class);
        for (Status s : Status.values()) {
            if (s.isFinal()) {
                finals.add(s);
            }
        }
        assertEquals(EnumSet.of(Status.REJECTED, Status.EXPIRED, Status.WITHDRAWN, Status.INSUFFICIENT_BUDGET, Status.CLOSED), finals);
    }

    @Test
    void everyStatusIsReachableFromRegistered() {
        Set<Status> seen = EnumSet.of(Status.REGISTERED);
        List<Status> todo = new ArrayList<>(seen);
        while (!todo.isEmpty()) {
            for (Status n : todo.remove(0).next()) {
                if (seen.add(n)) {
                    todo.add(n);
                }
            }
        }
        assertEquals(EnumSet.allOf(Status.class), seen);
    }

    @Test
    void onlyTheApprovalStatusesAwaitADecision() {
        for (Status s : Status.values()) {
            assertEquals(s == Status.AWAITING_APPROVAL || s == Status.ESCALATED, s.isAwaitingDecision(), s.name());
        }
        assertTrue(Status.ESCALATED.isAwaitingDecision());
    }
}
