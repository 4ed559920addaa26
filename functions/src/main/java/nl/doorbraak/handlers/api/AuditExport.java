package nl.doorbraak.handlers.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.domain.Json;
import nl.doorbraak.handlers.flow.FlowContext;
import nl.doorbraak.store.AuditEntry;
import nl.doorbraak.store.AuditQuery;
import nl.doorbraak.store.Times;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/audit?from=&to=&format=csv|json} (auditor, issue 9): every recorded action of the tenant in the
 * period — who, when, what, before/after, intervention or budget. The audit log holds structured details only
 * (levels, statuses, amounts, ids), never a pseudonym, a summary or free text typed about a person; this export
 * passes on nothing else. {@code from}/{@code to} are inclusive Europe/Amsterdam dates ({@code YYYY-MM-DD}); both
 * optional.
 */
public final class AuditExport {

    public static final List<String> CSV_HEADER = List.of("tijdstip", "gebeurtenis", "wie", "naam", "interventie",
            "budget", "detail", "voor", "na");

    private final FlowContext ctx;

    public AuditExport(FlowContext ctx) {
        this.ctx = ctx;
    }

    /** The caller's role is checked by the dispatcher ({@link AuditApi}). */
    public APIGatewayV2HTTPResponse route(ApiRequest r) {
        LocalDate from = BudgetsApi.date(r, "from");
        LocalDate to = BudgetsApi.date(r, "to");
        String format = r.query("format") == null ? "json" : r.query("format");
        if (!format.equals("json") && !format.equals("csv")) {
            throw ApiException.invalid("format", "Kies csv of json.");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.invalid("to", "De einddatum ligt voor de begindatum.");
        }
        Instant start = from == null ? Instant.EPOCH : from.atStartOfDay(Times.AMSTERDAM).toInstant();
        Instant end = to == null ? ctx.clock().instant().plusSeconds(86_400)
                : to.plusDays(1).atStartOfDay(Times.AMSTERDAM).toInstant();
        List<Row> rows = new ArrayList<>();
        for (AuditEntry e : AuditQuery.of(ctx.stores()).between(r.caller().tenant(), start, end)) {
            rows.add(Row.of(e));
        }
        if (format.equals("csv")) {
            return Responses.csv("audit-" + r.caller().tenant() + ".csv", csv(rows));
        }
        ObjectNode out = Json.mapper().createObjectNode();
        out.put("from", from == null ? null : from.toString()).put("to", to == null ? null : to.toString());
        ArrayNode list = out.putArray("entries");
        for (Row row : rows) {
            ObjectNode o = list.addObject().put("at", row.at).put("event", row.event).put("actor", row.actor)
                    .put("actorName", row.actorName).put("interventionId", row.interventionId)
                    .put("budgetId", row.budgetId);
            if (row.detailJson != null) {
                o.set("before", row.detailJson.get("before"));
                o.set("after", row.detailJson.get("after"));
                o.set("detail", row.detailJson);
            } else {
                o.put("detail", row.detail);
            }
        }
        return Responses.json(200, out);
    }

    static String csv(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        line(sb, CSV_HEADER);
        for (Row row : rows) {
            line(sb, java.util.Arrays.asList(row.at, row.event, row.actor, row.actorName, row.interventionId,
                    row.budgetId, row.detail, text(row.detailJson, "before"), text(row.detailJson, "after")));
        }
        return sb.toString();
    }

    private static String text(JsonNode json, String field) {
        return json == null || json.get(field) == null ? "" : json.get(field).toString();
    }

    private static void line(StringBuilder sb, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(LedgerCsv.RFC4180.quote(fields.get(i)));
        }
        sb.append("\r\n");
    }

    /** One exported line: the subject split into intervention or budget; a JSON detail read as such. */
    record Row(String at, String event, String actor, String actorName, String interventionId, String budgetId,
               String detail, JsonNode detailJson) {

        static Row of(AuditEntry e) {
            String budgetId = null;
            String interventionId = e.interventionId();
            String subject = e.subject() == null ? "" : e.subject();
            int b = subject.indexOf("#BUDGET#");
            if (b >= 0) {
                budgetId = subject.substring(b + "#BUDGET#".length());
            }
            int i = subject.indexOf("#INT#");
            if (interventionId == null && i >= 0) {
                interventionId = subject.substring(i + "#INT#".length());
            }
            JsonNode json = null;
            String detail = e.detail();
            if (detail != null && detail.startsWith("{")) {
                try {
                    json = Json.mapper().readTree(detail);
                } catch (Exception notJson) {
                    json = null;
                }
            }
            return new Row(Times.format(e.at()), e.event(), e.actor(), e.actorName(), interventionId, budgetId,
                    detail, json);
        }
    }
}
