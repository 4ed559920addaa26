package nl.doorbraak.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The body of {@code POST /api/interventions}, validated:
 * <pre>
 * {"idempotencyKey"?, "budgetId", "client":{"pseudonym","ageBand"}, "situation":{"type","foundAt","summary"},
 *  "urgency", "measures":[{"category","description","amountCents","urgent"}],
 *  "handover":{"organisation","dueInDays"}, "followUpDays", "consent"}
 * </pre>
 * Measures come out with decision OPEN and not debited.
 */
public record InterventionRequest(String idempotencyKey, String budgetId, Client client, Situation situation,
                                  Urgency urgency, List<Measure> measures, HandoverPlan handover, int followUpDays,
                                  boolean consent) {

    public InterventionRequest {
        measures = List.copyOf(measures);
    }

    /**
     * Validates against the budget the request names: every amount at most the budget's allocation.
     *
     * @throws ValidationException with every problem found
     */
    public static InterventionRequest parse(JsonNode body, Budget budget) {
        return parse(body, budget.allocatedCents(), Messages.amountAboveAllocation(budget.allocatedCents()));
    }

    /** Validates without a budget at hand (amounts bounded by {@link Money#MAX_CENTS}). */
    public static InterventionRequest parse(JsonNode body) {
        return parse(body, Money.MAX_CENTS, Messages.amountAboveMaximum(Money.MAX_CENTS));
    }

    private static InterventionRequest parse(JsonNode body, long maxAmount, String aboveMax) {
        Problems problems = new Problems();
        Fields f = Fields.root(body, problems);
        String idempotencyKey = f.optionalMatching("idempotencyKey", Limits.IDEMPOTENCY_KEY, Messages.IDEMPOTENCY_KEY);
        String budgetId = f.matching("budgetId", Limits.IDENTIFIER, Messages.IDENTIFIER);

        Fields c = f.object("client");
        String pseudonym = c.matching("pseudonym", Limits.PSEUDONYM, Messages.PSEUDONYM);
        AgeBand ageBand = c.choice("ageBand", AgeBand.values(), AgeBand::code);
        c.end();

        Fields s = f.object("situation");
        SituationType type = s.enumeration("type", SituationType.class);
        FoundAt foundAt = s.enumeration("foundAt", FoundAt.class);
        String summary = s.text("summary", Limits.SUMMARY_CHARS);
        s.end();

        Urgency urgency = f.enumeration("urgency", Urgency.class);

        List<Measure> measures = new ArrayList<>();
        for (Fields m : f.objects("measures", Limits.MIN_MEASURES, Limits.MAX_MEASURES,
                Messages.itemCount(Limits.MIN_MEASURES, Limits.MAX_MEASURES, "maatregelen"))) {
            MeasureCategory category = m.enumeration("category", MeasureCategory.class);
            String description = m.text("description", Limits.DESCRIPTION_CHARS);
            Long amount = m.positiveAmount("amountCents", maxAmount, aboveMax);
            Boolean urgent = m.bool("urgent");
            m.end();
            if (category != null && description != null && amount != null && urgent != null) {
                measures.add(Measure.requested(category, description, amount, urgent));
            }
        }

        Fields h = f.object("handover");
        String organisation = h.text("organisation", Limits.ORGANISATION_CHARS);
        Long dueInDays = h.integer("dueInDays", Limits.MIN_DUE_DAYS, Limits.MAX_DUE_DAYS);
        h.end();

        Long followUpDays = f.integer("followUpDays", Limits.MIN_FOLLOW_UP_DAYS, Limits.MAX_FOLLOW_UP_DAYS);
        Boolean consent = f.bool("consent");
        f.end();

        problems.throwIfAny();
        return new InterventionRequest(idempotencyKey, budgetId, new Client(pseudonym, ageBand),
                new Situation(type, foundAt, summary), urgency, measures,
                new HandoverPlan(organisation, dueInDays.intValue()), followUpDays.intValue(), consent);
    }

    /** Canonical JSON of the request (the wire form, fields in a fixed order). */
    public ObjectNode toJson() {
        ObjectNode o = Json.mapper().createObjectNode();
        if (idempotencyKey != null) {
            o.put("idempotencyKey", idempotencyKey);
        }
        o.put("budgetId", budgetId);
        o.putObject("client").put("pseudonym", client.pseudonym()).put("ageBand", client.ageBand().code());
        o.putObject("situation").put("type", situation.type().name()).put("foundAt", situation.foundAt().name())
                .put("summary", situation.summary());
        o.put("urgency", urgency.name());
        ArrayNode ms = o.putArray("measures");
        for (Measure m : measures) {
            ms.addObject().put("category", m.category().name()).put("description", m.description())
                    .put("amountCents", m.amountCents()).put("urgent", m.urgent());
        }
        o.putObject("handover").put("organisation", handover.organisation()).put("dueInDays", handover.dueInDays());
        o.put("followUpDays", followUpDays);
        o.put("consent", consent);
        return o;
    }

    /**
     * SHA-256 (hex) of the canonical JSON: equal for equal requests however the body was formatted, so an
     * idempotent resubmission can be told from a different body under the same key.
     */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(toJson().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
