package nl.doorbraak.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallerAndEndpointTest {

    private static Map<String, Object> claims(Object groups) {
        Map<String, Object> c = new HashMap<>();
        c.put("sub", "0b1c-fin");
        c.put("name", "Dirk Financien");
        c.put("custom:tenant", "GM9999");
        c.put("cognito:groups", groups);
        return c;
    }

    @Test
    void groupsAsApiGatewayRendersThem() {
        Caller c = Caller.fromClaims(claims("[approver finance]"));
        assertEquals(EnumSet.of(Role.APPROVER, Role.FINANCE), EnumSet.copyOf(c.roles()));
        assertEquals("0b1c-fin", c.sub());
        assertEquals("Dirk Financien", c.name());
        assertEquals("GM9999", c.tenant());
    }

    @Test
    void groupsInOtherShapes() {
        assertEquals(Set.of(Role.APPROVER, Role.FINANCE), Caller.fromClaims(claims("[\"approver\",\"finance\"]")).roles());
        assertEquals(Set.of(Role.AUDITOR), Caller.fromClaims(claims("auditor")).roles());
        assertEquals(Set.of(Role.ZORGMARINIER, Role.EXECUTIVE), Caller.fromClaims(claims(List.of("zorgmarinier", "executive"))).roles());
        assertEquals(Set.of(), Caller.fromClaims(claims("[admin Approver]")).roles(), "unknown and differently cased groups grant nothing");
        assertEquals(Set.of(), Caller.fromClaims(claims(null)).roles());
        assertEquals(Set.of(), Caller.fromClaims(claims("[]")).roles());
    }

    @Test
    void nameFallsBackToSub() {
        Map<String, Object> c = claims("[zorgmarinier]");
        c.remove("name");
        assertEquals("0b1c-fin", Caller.fromClaims(c).name());
    }

    @Test
    void everyRouteIsUniqueAndFoundByItsRouteKey() {
        Set<String> keys = new HashSet<>();
        for (Endpoint e : Endpoint.values()) {
            assertTrue(keys.add(e.routeKey()), "duplicate route " + e.routeKey());
            assertEquals(e, Endpoint.forRouteKey(e.routeKey()).orElseThrow());
            assertTrue(e.path().startsWith("/api/"), e.path());
        }
        assertTrue(Endpoint.forRouteKey("DELETE /api/budgets").isEmpty());
    }

    @Test
    void theAuditorReadsEverythingAndWritesNothing() {
        Caller auditor = new Caller("au-eva", "Eva", "GM9999", Set.of(Role.AUDITOR));
        for (Endpoint e : Endpoint.values()) {
            assertEquals(e.method().equals("GET"), e.allows(auditor), e.name());
        }
    }

    @Test
    void theMainRolesOfTheWorkflow() {
        Caller zm = new Caller("zm-anna", "Anna", "GM9999", Set.of(Role.ZORGMARINIER));
        Caller fin = new Caller("fin-dirk", "Dirk", "GM9999", Set.of(Role.FINANCE));
        Caller ap = new Caller("ap-bert", "Bert", "GM9999", Set.of(Role.APPROVER));
        assertTrue(Endpoint.CREATE_INTERVENTION.allows(zm));
        assertFalse(Endpoint.CREATE_INTERVENTION.allows(fin));
        assertFalse(Endpoint.CREATE_BUDGET.allows(zm));
        assertTrue(Endpoint.CREATE_BUDGET.allows(fin));
        assertTrue(Endpoint.DECIDE_APPROVAL.allows(ap));
        assertFalse(Endpoint.DECIDE_APPROVAL.allows(zm));
        assertFalse(Endpoint.EXPORT_LEDGER_CSV.allows(ap));
        assertFalse(Endpoint.AUDIT_LOG.allows(fin));
        assertFalse(Endpoint.GET_BUDGET.allows(new Caller("x", "x", "GM9999", Set.of())));
    }
}
