package nl.doorbraak.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;

/** Fictional data shared by the domain tests: municipality GM9999 "Voorbeeldstad". */
final class Fixtures {

    static final String TENANT = "GM9999";
    static final Instant NOW = Instant.parse("2026-11-28T23:05:00Z");

    private Fixtures() {
    }

    /** € 250.000 allocated, mandate € 1.000, approver limit € 10.000, default approval hours. */
    static Budget budget() {
        return Budget.create("zm-2026", TENANT, "Zorgmariniers 2026", 2026, 25_000_000, 100_000, 1_000_000,
                "4711", "KP-ZM", ApprovalHours.DEFAULT);
    }

    static Measure urgent(long cents) {
        return Measure.requested(MeasureCategory.VERVOER, "Treinkaartje", cents, true);
    }

    static Measure regular(long cents) {
        return Measure.requested(MeasureCategory.ONDERDAK, "Twee weken kamer", cents, false);
    }

    static Intervention intervention(List<Measure> measures) {
        return new Intervention("INT-1", TENANT, "zm-2026", "zm-anna", NOW, new Client("P-7K2Q", AgeBand.VAN_18_TOT_23),
                new Situation(SituationType.CRIMINELE_UITBUITING, FoundAt.HOTSPOT, "Gevonden bij het station"),
                Urgency.ACUUT, measures, new HandoverPlan("Wijkteam Noord", 7), 14, true, Status.REGISTERED);
    }

    /** A valid intervention request body with three measures. */
    static ObjectNode interventionBody() {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("idempotencyKey", "c0ffee-1");
        o.put("budgetId", "zm-2026");
        o.putObject("client").put("pseudonym", "P-7K2Q").put("ageBand", "18-22");
        o.putObject("situation").put("type", "CRIMINELE_UITBUITING").put("foundAt", "HOTSPOT")
                .put("summary", "Jongere wil uit het netwerk stappen; bedreigd.");
        o.put("urgency", "ACUUT");
        var ms = o.putArray("measures");
        ms.addObject().put("category", "VERVOER").put("description", "Treinkaartje enkele reis").put("amountCents", 5500).put("urgent", true);
        ms.addObject().put("category", "ONDERDAK").put("description", "Kamer voor twee weken").put("amountCents", 70000).put("urgent", true);
        ms.addObject().put("category", "SCHULDEN").put("description", "Aflossing gokschuld").put("amountCents", 250000).put("urgent", false);
        o.putObject("handover").put("organisation", "Wijkteam Noord").put("dueInDays", 7);
        o.put("followUpDays", 14);
        o.put("consent", true);
        return o;
    }
}
