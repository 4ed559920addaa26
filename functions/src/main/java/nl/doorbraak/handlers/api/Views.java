package nl.doorbraak.handlers.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.domain.ApprovalDecision;
import nl.doorbraak.domain.Budget;
import nl.doorbraak.domain.Caller;
import nl.doorbraak.domain.Intervention;
import nl.doorbraak.domain.Json;
import nl.doorbraak.domain.Measure;
import nl.doorbraak.domain.MeasureCategory;
import nl.doorbraak.domain.Role;
import nl.doorbraak.domain.Totals;
import nl.doorbraak.store.ApprovalRecord;
import nl.doorbraak.store.AuditEntry;
import nl.doorbraak.store.InterventionRecord;
import nl.doorbraak.store.LedgerEntry;
import nl.doorbraak.store.TaskRecord;
import nl.doorbraak.store.Times;

import java.time.Instant;
import java.util.List;

/**
 * The JSON the API answers with. Need to know: a caller whose only roles are finance (or auditor) sees no client
 * pseudonym, no situation summary and no free-text notes about the person.
 */
public final class Views {

    private Views() {
    }

    static boolean needToKnow(Caller caller) {
        return caller.has(Role.ZORGMARINIER) || caller.has(Role.APPROVER) || caller.has(Role.EXECUTIVE);
    }

    public static ObjectNode budget(Budget b, List<LedgerEntry> ledger) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("budgetId", b.budgetId()).put("name", b.name()).put("year", b.year())
                .put("allocatedCents", b.allocatedCents()).put("availableCents", b.availableCents())
                .put("debitedCents", b.debitedCents()).put("mandateLimitCents", b.mandateLimitCents())
                .put("approverLimitCents", b.approverLimitCents()).put("ledgerAccount", b.ledgerAccount())
                .put("costCenter", b.costCenter());
        ObjectNode hours = o.putObject("approvalHours");
        b.approvalHours().toMap().forEach(hours::put);
        ObjectNode byCategory = o.putObject("byCategory");
        for (MeasureCategory c : MeasureCategory.values()) {
            byCategory.put(c.name(), ledger.stream().filter(e -> e.category() == c).mapToLong(LedgerEntry::amountCents).sum());
        }
        return o;
    }

    public static ObjectNode ledgerEntry(LedgerEntry e) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("entryId", e.entryId()).put("bookedAt", Times.format(e.bookedAt()))
                .put("bookingDate", e.bookingDate().toString()).put("year", e.year()).put("budgetId", e.budgetId())
                .put("costCenter", e.costCenter()).put("ledgerAccount", e.ledgerAccount())
                .put("interventionId", e.interventionId()).put("measureIndex", e.measureIndex())
                .put("category", e.category().name()).put("description", e.description())
                .put("amountCents", e.amountCents()).put("basis", e.basis().name())
                .put("approvedBy", e.approvedBy()).put("reference", e.reference());
        return o;
    }

    public static ObjectNode summary(InterventionRecord r, Caller caller) {
        Intervention i = r.intervention();
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("interventionId", i.interventionId()).put("status", i.status().name()).put("budgetId", i.budgetId())
                .put("urgency", i.urgency().name()).put("createdAt", Times.format(i.createdAt()))
                .put("requestedBy", i.createdBy()).put("requestedByName", r.createdByName())
                .put("situationType", i.situation().type().name());
        if (needToKnow(caller)) {
            o.put("pseudonym", i.client().pseudonym());
            o.put("summary", i.situation().summary());
        }
        totals(o.putObject("totals"), i.totals());
        return o;
    }

    public static ObjectNode intervention(InterventionRecord r, Caller caller, List<AuditEntry> timeline) {
        Intervention i = r.intervention();
        boolean full = needToKnow(caller);
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("interventionId", i.interventionId()).put("status", i.status().name()).put("budgetId", i.budgetId())
                .put("urgency", i.urgency().name()).put("createdAt", Times.format(i.createdAt()))
                .put("requestedBy", i.createdBy()).put("requestedByName", r.createdByName())
                .put("followUpDays", i.followUpDays()).put("consent", i.consent());
        if (r.executionArn() != null) {
            o.put("executionArn", r.executionArn());
        }
        ObjectNode client = o.putObject("client").put("ageBand", i.client().ageBand().code());
        ObjectNode situation = o.putObject("situation").put("type", i.situation().type().name())
                .put("foundAt", i.situation().foundAt().name());
        if (full) {
            client.put("pseudonym", i.client().pseudonym());
            situation.put("summary", i.situation().summary());
        }
        ArrayNode measures = o.putArray("measures");
        for (int k = 0; k < i.measures().size(); k++) {
            Measure m = i.measures().get(k);
            measures.addObject().put("index", k).put("category", m.category().name())
                    .put("description", m.description()).put("amountCents", m.amountCents()).put("urgent", m.urgent())
                    .put("decision", m.decision().name()).put("debited", m.debited());
        }
        totals(o.putObject("totals"), i.totals());
        ApprovalRecord a = r.approval();
        if (a != null) {
            ObjectNode ap = o.putObject("approval");
            ap.put("level", a.level().name()).put("amountCents", a.amountCents()).put("escalated", a.escalated());
            putTime(ap, "deadline", a.deadline());
            ap.put("decision", a.decision() == null ? null : a.decision() == ApprovalDecision.APPROVE ? "GOEDGEKEURD" : "AFGEWEZEN");
            ap.put("decidedBy", a.decidedBy()).put("decidedByName", a.decidedByName()).put("comment", a.comment());
            putTime(ap, "decidedAt", a.decidedAt());
        }
        ObjectNode h = o.putObject("handover").put("organisation", i.handover().organisation())
                .put("dueInDays", i.handover().dueInDays());
        if (r.handover() != null) {
            h.put("kind", r.handover().kind().name()).put("confirmedOrganisation", r.handover().organisation())
                    .put("confirmedBy", r.handover().confirmedBy());
            putTime(h, "confirmedAt", r.handover().confirmedAt());
            if (full && r.handover().note() != null) {
                h.put("note", r.handover().note());
            }
        }
        if (r.followUp() != null) {
            ObjectNode f = o.putObject("followUp").put("outcome", r.followUp().outcome().name())
                    .put("recordedBy", r.followUp().recordedBy());
            putTime(f, "recordedAt", r.followUp().recordedAt());
            if (full && r.followUp().note() != null) {
                f.put("note", r.followUp().note());
            }
        }
        if (r.withdrawal() != null) {
            ObjectNode w = o.putObject("withdrawal").put("withdrawnBy", r.withdrawal().withdrawnBy());
            putTime(w, "withdrawnAt", r.withdrawal().withdrawnAt());
            if (full) {
                w.put("reason", r.withdrawal().reason());
            }
        }
        ArrayNode t = o.putArray("timeline");
        for (AuditEntry e : timeline) {
            ObjectNode entry = t.addObject().put("at", Times.format(e.at())).put("event", e.event()).put("actor", e.actor());
            if (e.actorName() != null) {
                entry.put("actorName", e.actorName());
            }
            if (e.detail() != null) {
                entry.put("detail", e.detail());
            }
        }
        return o;
    }

    public static ObjectNode approval(TaskRecord t) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("taskId", t.taskId()).put("interventionId", t.interventionId()).put("level", t.level().name())
                .put("urgency", t.urgency().name()).put("amountCents", t.amountCents())
                .put("requestedBy", t.requestedBy()).put("requestedByName", t.requestedByName());
        putTime(o, "requestedAt", t.requestedAt());
        putTime(o, "deadline", t.deadline());
        return o;
    }

    static void totals(ObjectNode o, Totals t) {
        o.put("requestedCents", t.requestedCents()).put("mandateCents", t.mandateCents())
                .put("approvedCents", t.approvedCents()).put("debitedCents", t.debitedCents());
    }

    private static void putTime(ObjectNode o, String name, Instant at) {
        if (at != null) {
            o.put(name, Times.format(at));
        }
    }
}
