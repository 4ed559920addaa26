package nl.doorbraak.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.Consumer;

import static nl.doorbraak.domain.Fixtures.budget;
import static nl.doorbraak.domain.Fixtures.interventionBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InterventionRequestTest {

    private static final String ENUM_URGENCY = Messages.unknownValue("acuut", java.util.List.of("ACUUT", "URGENT", "REGULIER"));

    /** The problems of the valid body after {@code change}, as path → message. */
    private static Map<String, String> problems(Consumer<ObjectNode> change) {
        ObjectNode body = interventionBody();
        change.accept(body);
        return assertThrows(ValidationException.class, () -> InterventionRequest.parse(body, budget())).fields();
    }

    private static ObjectNode measure(ObjectNode body, int i) {
        return (ObjectNode) body.get("measures").get(i);
    }

    @Test
    void aValidRequestParses() {
        InterventionRequest r = InterventionRequest.parse(interventionBody(), budget());
        assertEquals("c0ffee-1", r.idempotencyKey());
        assertEquals("zm-2026", r.budgetId());
        assertEquals(new Client("P-7K2Q", AgeBand.VAN_18_TOT_23), r.client());
        assertEquals(SituationType.CRIMINELE_UITBUITING, r.situation().type());
        assertEquals(FoundAt.HOTSPOT, r.situation().foundAt());
        assertEquals(Urgency.ACUUT, r.urgency());
        assertEquals(3, r.measures().size());
        assertEquals(Measure.requested(MeasureCategory.SCHULDEN, "Aflossing gokschuld", 250_000, false), r.measures().get(2));
        assertEquals(new HandoverPlan("Wijkteam Noord", 7), r.handover());
        assertEquals(14, r.followUpDays());
        assertEquals(true, r.consent());
    }

    @Test
    void idempotencyKeyIsOptional() {
        ObjectNode body = interventionBody();
        body.remove("idempotencyKey");
        assertNull(InterventionRequest.parse(body, budget()).idempotencyKey());
        body.putNull("idempotencyKey");
        assertNull(InterventionRequest.parse(body).idempotencyKey());
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsPath() {
        Map<String, String> p = problems(b -> {
            b.remove("budgetId");
            ((ObjectNode) b.get("client")).put("pseudonym", "Jan de Vries");
            b.put("urgency", "acuut");
            measure(b, 2).put("amountCents", 0);
            measure(b, 1).put("urgent", "ja");
            b.put("colour", "blue");
        });
        assertEquals(Map.of(
                "budgetId", Messages.REQUIRED,
                "client.pseudonym", Messages.PSEUDONYM,
                "urgency", ENUM_URGENCY,
                "measures[2].amountCents", Messages.AMOUNT_NOT_POSITIVE,
                "measures[1].urgent", Messages.NOT_BOOLEAN,
                "colour", Messages.UNKNOWN_FIELD), p);
    }

    @Test
    void everyRequiredFieldIsNamedWhenTheBodyIsEmpty() {
        Map<String, String> p = assertThrows(ValidationException.class,
                () -> InterventionRequest.parse(Json.parse("{}"))).fields();
        assertEquals(Map.of("budgetId", Messages.REQUIRED, "client", Messages.REQUIRED, "situation", Messages.REQUIRED,
                "urgency", Messages.REQUIRED, "measures", Messages.REQUIRED, "handover", Messages.REQUIRED,
                "followUpDays", Messages.REQUIRED, "consent", Messages.REQUIRED), p);
    }

    @Test
    void nestedRequiredAndUnknownFields() {
        Map<String, String> p = problems(b -> {
            ((ObjectNode) b.get("situation")).remove("summary");
            ((ObjectNode) b.get("situation")).put("name", "Jan");
            measure(b, 0).remove("category");
            measure(b, 0).put("iban", "NL00BANK0123456789");
            ((ObjectNode) b.get("handover")).remove("dueInDays");
        });
        assertEquals(Map.of("situation.summary", Messages.REQUIRED, "situation.name", Messages.UNKNOWN_FIELD,
                "measures[0].category", Messages.REQUIRED, "measures[0].iban", Messages.UNKNOWN_FIELD,
                "handover.dueInDays", Messages.REQUIRED), p);
    }

    @Test
    void amountExactlyTheAllocationIsAcceptedOneCentMoreIsNot() {
        ObjectNode body = interventionBody();
        measure(body, 2).put("amountCents", 25_000_000);
        assertEquals(25_000_000, InterventionRequest.parse(body, budget()).measures().get(2).amountCents());
        assertEquals(Map.of("measures[2].amountCents", "Het bedrag mag niet hoger zijn dan het toegewezen budget (€ 250.000,00)."),
                problems(b -> measure(b, 2).put("amountCents", 25_000_001)));
    }

    @Test
    void withoutABudgetAmountsAreBoundedByTheMaximum() {
        ObjectNode body = interventionBody();
        measure(body, 0).put("amountCents", Money.MAX_CENTS + 1);
        assertEquals(Map.of("measures[0].amountCents", "Het bedrag mag niet hoger zijn dan € 1.000.000.000,00."),
                assertThrows(ValidationException.class, () -> InterventionRequest.parse(body)).fields());
    }

    @Test
    void amountsMustBeWholePositiveCents() {
        assertEquals(Map.of("measures[0].amountCents", Messages.AMOUNT_NOT_POSITIVE), problems(b -> measure(b, 0).put("amountCents", -1)));
        assertEquals(Map.of("measures[0].amountCents", Messages.NOT_INTEGER), problems(b -> measure(b, 0).put("amountCents", 12.5)));
        assertEquals(Map.of("measures[0].amountCents", Messages.NOT_INTEGER), problems(b -> measure(b, 0).put("amountCents", "5500")));
        assertEquals(Map.of("measures[0].amountCents", Messages.NOT_INTEGER),
                problems(b -> measure(b, 0).put("amountCents", new java.math.BigInteger("99999999999999999999"))));
        assertEquals(1, InterventionRequest.parse(interventionBodyWith(0, 1), budget()).measures().get(0).amountCents());
    }

    private static ObjectNode interventionBodyWith(int index, long cents) {
        ObjectNode b = interventionBody();
        measure(b, index).put("amountCents", cents);
        return b;
    }

    @Test
    void oneToTwentyMeasures() {
        String count = "Geef 1 tot 20 maatregelen op.";
        assertEquals(Map.of("measures", count), problems(b -> b.putArray("measures")));
        ObjectNode twenty = interventionBody();
        ArrayNode ms = (ArrayNode) twenty.get("measures");
        while (ms.size() < 20) {
            ms.add(ms.get(0).deepCopy());
        }
        assertEquals(20, InterventionRequest.parse(twenty, budget()).measures().size());
        ms.add(ms.get(0).deepCopy());
        assertEquals(Map.of("measures", count), assertThrows(ValidationException.class, () -> InterventionRequest.parse(twenty, budget())).fields());
        assertEquals(Map.of("measures", Messages.NOT_ARRAY), problems(b -> b.putObject("measures")));
        assertEquals(Map.of("measures[1]", Messages.NOT_OBJECT), problems(b -> ((ArrayNode) b.get("measures")).set(1, "taxi")));
    }

    @Test
    void enumsAreStrict() {
        assertEquals(Map.of("urgency", ENUM_URGENCY), problems(b -> b.put("urgency", "acuut")));
        assertEquals(Map.of("situation.type", Messages.unknownValue("MENSENHANDEL", java.util.Arrays.stream(SituationType.values()).map(Enum::name).toList())),
                problems(b -> ((ObjectNode) b.get("situation")).put("type", "MENSENHANDEL")));
        assertEquals(Map.of("situation.foundAt", Messages.unknownValue("STRAAT", java.util.Arrays.stream(FoundAt.values()).map(Enum::name).toList())),
                problems(b -> ((ObjectNode) b.get("situation")).put("foundAt", "STRAAT")));
        assertEquals(Map.of("measures[0].category", Messages.unknownValue("7", java.util.Arrays.stream(MeasureCategory.values()).map(Enum::name).toList())),
                problems(b -> measure(b, 0).put("category", 7)));
        assertEquals(Map.of("client.ageBand", "Onbekende waarde \"18\"; kies uit: 0-11, 12-15, 16-17, 18-22, 23-26, 27-44, 45-64, 65+."),
                problems(b -> ((ObjectNode) b.get("client")).put("ageBand", "18")));
    }

    @Test
    void textsAreBoundedAndNotBlank() {
        assertEquals(Map.of("situation.summary", Messages.tooLong(1000)),
                problems(b -> ((ObjectNode) b.get("situation")).put("summary", "x".repeat(1001))));
        ObjectNode exactly = interventionBody();
        ((ObjectNode) exactly.get("situation")).put("summary", "é".repeat(1000));
        assertEquals(1000, InterventionRequest.parse(exactly, budget()).situation().summary().length());
        assertEquals(Map.of("measures[0].description", Messages.tooLong(200)), problems(b -> measure(b, 0).put("description", "x".repeat(201))));
        assertEquals(Map.of("measures[0].description", Messages.BLANK), problems(b -> measure(b, 0).put("description", "  ")));
        assertEquals(Map.of("handover.organisation", Messages.tooLong(120)),
                problems(b -> ((ObjectNode) b.get("handover")).put("organisation", "x".repeat(121))));
        assertEquals(Map.of("situation.summary", Messages.NOT_TEXT), problems(b -> ((ObjectNode) b.get("situation")).put("summary", 42)));
    }

    @Test
    void identifiersHaveAForm() {
        assertEquals(Map.of("budgetId", Messages.IDENTIFIER), problems(b -> b.put("budgetId", "zm 2026")));
        assertEquals(Map.of("budgetId", Messages.NOT_TEXT), problems(b -> b.put("budgetId", 2026)));
        assertEquals(Map.of("idempotencyKey", Messages.IDEMPOTENCY_KEY), problems(b -> b.put("idempotencyKey", "")));
        assertEquals(Map.of("client.pseudonym", Messages.PSEUDONYM), problems(b -> ((ObjectNode) b.get("client")).put("pseudonym", "AB")));
        assertEquals(Map.of("client.pseudonym", Messages.PSEUDONYM), problems(b -> ((ObjectNode) b.get("client")).put("pseudonym", "x".repeat(41))));
    }

    @Test
    void daysAreBounded() {
        assertEquals(Map.of("handover.dueInDays", Messages.tooSmall(1)), problems(b -> ((ObjectNode) b.get("handover")).put("dueInDays", 0)));
        assertEquals(Map.of("handover.dueInDays", Messages.tooLarge(90)), problems(b -> ((ObjectNode) b.get("handover")).put("dueInDays", 91)));
        assertEquals(Map.of("followUpDays", Messages.tooSmall(1)), problems(b -> b.put("followUpDays", 0)));
        assertEquals(Map.of("followUpDays", Messages.tooLarge(180)), problems(b -> b.put("followUpDays", 181)));
        ObjectNode edges = interventionBody();
        ((ObjectNode) edges.get("handover")).put("dueInDays", 90);
        edges.put("followUpDays", 180);
        assertEquals(180, InterventionRequest.parse(edges, budget()).followUpDays());
    }

    @Test
    void nestedObjectsMustBeObjects() {
        assertEquals(Map.of("client", Messages.NOT_OBJECT), problems(b -> b.put("client", "P-7K2Q")));
    }

    @Test
    void bodyMustBeAJsonObject() {
        assertEquals(Map.of("", Messages.BODY_NOT_OBJECT), assertThrows(ValidationException.class, () -> InterventionRequest.parse(Json.parse("[]"))).fields());
        assertEquals(Map.of("", Messages.NOT_JSON), assertThrows(ValidationException.class, () -> Json.parse("{\"budgetId\":")).fields());
        assertEquals(Map.of("", Messages.NOT_JSON), assertThrows(ValidationException.class, () -> Json.parse("{\"a\":1,\"a\":2}")).fields());
        assertEquals(Map.of("", Messages.NOT_JSON), assertThrows(ValidationException.class, () -> Json.parse("{} {}")).fields());
        assertEquals(Map.of("", Messages.BODY_NOT_OBJECT), assertThrows(ValidationException.class, () -> Json.parse("")).fields());
    }

    @Test
    void fingerprintIgnoresFormattingButNotContent() {
        JsonNode reordered = Json.parse("{\"consent\":true," + interventionBody().toString().substring(1).replace(",\"consent\":true", ""));
        InterventionRequest a = InterventionRequest.parse(interventionBody(), budget());
        InterventionRequest b = InterventionRequest.parse(reordered, budget());
        assertEquals(a.fingerprint(), b.fingerprint());
        assertEquals(64, a.fingerprint().length());
        ObjectNode changed = interventionBody();
        measure(changed, 0).put("amountCents", 5501);
        assertNotEquals(a.fingerprint(), InterventionRequest.parse(changed, budget()).fingerprint());
        assertEquals(a, InterventionRequest.parse(a.toJson(), budget()));
    }

    @Test
    void validationExceptionCarriesTheGeneralMessage() {
        ValidationException e = assertThrows(ValidationException.class, () -> InterventionRequest.parse(Json.parse("{}")));
        assertEquals("De aanvraag is niet volledig of niet juist ingevuld.", ValidationException.MESSAGE);
        assertEquals(8, e.problems().size());
    }
}
