package nl.doorbraak.localcloud.dynamodb.expr.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;
import nl.doorbraak.localcloud.dynamodb.types.DynamoNumber;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LegacyParametersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A minimal wire decoder for the tests (the real one belongs to the wire layer). */
    private static final ValueDecoder DECODE = LegacyParametersTest::decode;

    private static AttributeValue decode(JsonNode n) {
        var e = n.fields().next();
        JsonNode v = e.getValue();
        return switch (e.getKey()) {
            case "S" -> new AttributeValue.S(v.asText());
            case "N" -> AttributeValue.N.of(v.asText());
            case "BOOL" -> new AttributeValue.Bool(v.asBoolean());
            case "NULL" -> new AttributeValue.Null();
            case "SS" -> {
                Set<String> s = new LinkedHashSet<>();
                v.forEach(x -> s.add(x.asText()));
                yield new AttributeValue.SS(s);
            }
            case "NS" -> {
                Set<DynamoNumber> s = new LinkedHashSet<>();
                v.forEach(x -> s.add(DynamoNumber.parse(x.asText())));
                yield new AttributeValue.NS(s);
            }
            case "L" -> {
                List<AttributeValue> l = new ArrayList<>();
                v.forEach(x -> l.add(decode(x)));
                yield new AttributeValue.L(l);
            }
            case "M" -> {
                Map<String, AttributeValue> m = new LinkedHashMap<>();
                v.fields().forEachRemaining(x -> m.put(x.getKey(), decode(x.getValue())));
                yield new AttributeValue.M(m);
            }
            default -> throw new IllegalArgumentException(e.getKey());
        };
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Map<String, AttributeValue> item(String wire) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        json(wire).fields().forEachRemaining(x -> m.put(x.getKey(), decode(x.getValue())));
        return m;
    }

    private static void refused(String message, org.junit.jupiter.api.function.Executable r) {
        DynamoDbError e = assertThrows(DynamoDbError.class, r);
        assertEquals("ValidationException", e.type());
        assertEquals(message, e.getMessage());
    }

    private static final Map<String, AttributeValue> ITEM = item(
            "{'pk':{'S':'c-1'},'status':{'S':'active'},'role':{'S':'user'},'name':{'S':'hello-world'},'n':{'N':'7'},'tags':{'SS':['a','b']}}");

    @Nested
    class Expected {
        @Test
        void exists_false_means_the_attribute_is_absent() throws Exception {
            assertFalse(LegacyConditions.expected(json("{'pk':{'Exists':false}}"), null, DECODE).test(ITEM));
            assertTrue(LegacyConditions.expected(json("{'pk':{'Exists':false}}"), null, DECODE).test(null));
        }

        @Test
        void value_may_stand_in_for_a_one_element_attribute_value_list() throws Exception {
            assertTrue(LegacyConditions.expected(json("{'n':{'ComparisonOperator':'GT','Value':{'N':'6'}}}"), null, DECODE).test(ITEM));
            assertFalse(LegacyConditions.expected(json("{'n':{'ComparisonOperator':'GT','Value':{'N':'7'}}}"), null, DECODE).test(ITEM));
        }

        @Test
        void value_alone_or_with_exists_true_means_equality() throws Exception {
            assertTrue(LegacyConditions.expected(json("{'status':{'Value':{'S':'active'}}}"), null, DECODE).test(ITEM));
            assertFalse(LegacyConditions.expected(json("{'status':{'Value':{'S':'x'},'Exists':true}}"), null, DECODE).test(ITEM));
        }

        @Test
        void comparison_operators_combined_with_and_or_or() throws Exception {
            String both = "{'status':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'active'}]},"
                    + "'role':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'admin'}]}}";
            assertFalse(LegacyConditions.expected(json(both), null, DECODE).test(ITEM));
            assertFalse(LegacyConditions.expected(json(both), "AND", DECODE).test(ITEM));
            assertTrue(LegacyConditions.expected(json(both), "OR", DECODE).test(ITEM));
        }

        @Test
        void every_comparison_operator() throws Exception {
            String[][] holds = {
                    {"EQ", "[{'N':'7'}]"}, {"NE", "[{'N':'8'}]"}, {"LE", "[{'N':'7'}]"}, {"LT", "[{'N':'8'}]"},
                    {"GE", "[{'N':'7'}]"}, {"GT", "[{'N':'6'}]"}, {"BETWEEN", "[{'N':'1'},{'N':'7'}]"}, {"IN", "[{'N':'1'},{'N':'7'}]"}};
            for (String[] h : holds) {
                assertTrue(LegacyConditions.filter(json("{'n':{'ComparisonOperator':'" + h[0] + "','AttributeValueList':" + h[1] + "}}"),
                        null, DECODE).test(ITEM), h[0]);
            }
            assertTrue(LegacyConditions.filter(json("{'name':{'ComparisonOperator':'BEGINS_WITH','AttributeValueList':[{'S':'hello'}]}}"), null, DECODE).test(ITEM));
            assertTrue(LegacyConditions.filter(json("{'tags':{'ComparisonOperator':'CONTAINS','AttributeValueList':[{'S':'a'}]}}"), null, DECODE).test(ITEM));
            assertTrue(LegacyConditions.filter(json("{'tags':{'ComparisonOperator':'NOT_CONTAINS','AttributeValueList':[{'S':'z'}]}}"), null, DECODE).test(ITEM));
            assertTrue(LegacyConditions.filter(json("{'name':{'ComparisonOperator':'NOT_NULL'}}"), null, DECODE).test(ITEM));
            assertTrue(LegacyConditions.filter(json("{'gone':{'ComparisonOperator':'NULL'}}"), null, DECODE).test(ITEM));
            assertTrue(LegacyConditions.filter(json("{'gone':{'ComparisonOperator':'NE','AttributeValueList':[{'S':'x'}]}}"), null, DECODE).test(ITEM));
            assertTrue(LegacyConditions.filter(json("{'gone':{'ComparisonOperator':'NOT_CONTAINS','AttributeValueList':[{'S':'x'}]}}"), null, DECODE).test(ITEM),
                    "NOT_CONTAINS is NOT contains(a, v), true when the attribute is absent");
        }

        @Test
        void legacy_validation_messages() {
            refused("One or more parameter values were invalid: Value must be provided when Exists is true for Attribute: status",
                    () -> LegacyConditions.expected(json("{'status':{'Exists':true}}"), null, DECODE));
            refused("One or more parameter values were invalid: Value cannot be used when Exists is false for Attribute: status",
                    () -> LegacyConditions.expected(json("{'status':{'Exists':false,'Value':{'S':'x'}}}"), null, DECODE));
            refused("One or more parameter values were invalid: Value and AttributeValueList cannot be used together for Attribute: status",
                    () -> LegacyConditions.expected(json("{'status':{'Value':{'S':'x'},'AttributeValueList':[]}}"), null, DECODE));
            refused("One or more parameter values were invalid: Exists and ComparisonOperator cannot be used together for Attribute: status",
                    () -> LegacyConditions.expected(json("{'status':{'Exists':true,'ComparisonOperator':'NULL'}}"), null, DECODE));
            refused("One or more parameter values were invalid: Value or AttributeValueList must be used with ComparisonOperator: EQ for Attribute: status",
                    () -> LegacyConditions.expected(json("{'status':{'ComparisonOperator':'EQ'}}"), null, DECODE));
            refused("One or more parameter values were invalid: AttributeValueList can only be used with a ComparisonOperator for Attribute: status",
                    () -> LegacyConditions.expected(json("{'status':{'AttributeValueList':[{'S':'x'}]}}"), null, DECODE));
            refused("One or more parameter values were invalid: AttributeValues inside AttributeValueList must be of same type",
                    () -> LegacyConditions.filter(json("{'n':{'ComparisonOperator':'IN','AttributeValueList':[{'N':'1'},{'S':'1'}]}}"), null, DECODE));
            refused("The BETWEEN condition was provided a range where the lower bound is greater than the upper bound",
                    () -> LegacyConditions.filter(json("{'n':{'ComparisonOperator':'BETWEEN','AttributeValueList':[{'N':'9'},{'N':'1'}]}}"), null, DECODE));
            refused("One or more parameter values were invalid: Invalid number of argument(s) for the BETWEEN ComparisonOperator",
                    () -> LegacyConditions.filter(json("{'n':{'ComparisonOperator':'BETWEEN','AttributeValueList':[{'N':'1'}]}}"), null, DECODE));
            refused("One or more parameter values were invalid: Invalid number of argument(s) for the NULL ComparisonOperator",
                    () -> LegacyConditions.filter(json("{'n':{'ComparisonOperator':'NULL','AttributeValueList':[{'N':'1'}]}}"), null, DECODE));
            refused("One or more parameter values were invalid: ComparisonOperator GT is not valid for SS AttributeValue type",
                    () -> LegacyConditions.filter(json("{'n':{'ComparisonOperator':'GT','AttributeValueList':[{'SS':['1']}]}}"), null, DECODE));
            refused("1 validation error detected: Value 'XOR' at 'conditionalOperator' failed to satisfy constraint: Member must satisfy enum value set: [OR, AND]",
                    () -> LegacyConditions.filter(json("{}"), "XOR", DECODE));
        }
    }

    @Nested
    class KeyConditions {
        @Test
        void hash_equality_and_a_range_operator() throws Exception {
            var k = LegacyKeyConditions.keyConditions(json("{'pk':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'q'}]},"
                    + "'sk':{'ComparisonOperator':'BETWEEN','AttributeValueList':[{'S':'beta'},{'S':'epsilon'}]}}"), DECODE, "pk", "sk");
            assertEquals(new AttributeValue.S("q"), k.partitionKeyValue());
            assertEquals("sk", k.sortKeyName().orElseThrow());
            assertTrue(k.sortKeyCondition().orElseThrow().test(item("{'sk':{'S':'delta'}}")));
            assertFalse(k.sortKeyCondition().orElseThrow().test(item("{'sk':{'S':'gamma'}}")));
        }

        @Test
        void refusals() {
            refused("Attempted conditional constraint is not an indexable operation",
                    () -> LegacyKeyConditions.keyConditions(json("{'pk':{'ComparisonOperator':'NE','AttributeValueList':[{'S':'q'}]}}"), DECODE, "pk", "sk"));
            refused("Query condition missed key schema element: pk",
                    () -> LegacyKeyConditions.keyConditions(json("{'sk':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'q'}]}}"), DECODE, "pk", "sk"));
            refused("Query key condition not supported",
                    () -> LegacyKeyConditions.keyConditions(json("{'pk':{'ComparisonOperator':'GT','AttributeValueList':[{'S':'q'}]}}"), DECODE, "pk", "sk"));
        }
    }

    @Nested
    class AttributeUpdates {
        @Test
        void put_add_and_delete_in_one_call() throws Exception {
            var u = LegacyUpdates.attributeUpdates(json("{'name':{'Action':'PUT','Value':{'S':'new'}},'n':{'Action':'ADD','Value':{'N':'3'}},"
                    + "'role':{'Action':'DELETE'},'tags':{'Action':'DELETE','Value':{'SS':['a']}},'more':{'Value':{'N':'1'}},"
                    + "'list':{'Action':'ADD','Value':{'L':[{'S':'x'}]}}}"), DECODE);
            Map<String, AttributeValue> out = u.apply(ITEM);
            assertEquals(new AttributeValue.S("new"), out.get("name"));
            assertEquals(AttributeValue.N.of("10"), out.get("n"));
            assertFalse(out.containsKey("role"));
            assertEquals(new AttributeValue.SS(Set.of("b")), out.get("tags"));
            assertEquals(AttributeValue.N.of("1"), out.get("more"), "Action defaults to PUT");
            assertEquals(new AttributeValue.L(List.of(new AttributeValue.S("x"))), out.get("list"));
            assertEquals(Set.of("name", "n", "role", "tags", "more", "list"), u.topLevelAttributes());
        }

        @Test
        void add_to_an_existing_list_appends() throws Exception {
            var u = LegacyUpdates.attributeUpdates(json("{'l':{'Action':'ADD','Value':{'L':[{'N':'2'}]}}}"), DECODE);
            assertEquals(item("{'l':{'L':[{'N':'1'},{'N':'2'}]}}"), u.apply(item("{'l':{'L':[{'N':'1'}]}}")));
        }

        @Test
        void refusals() {
            refused("One or more parameter values were invalid: Only DELETE action is allowed when no attribute value is specified",
                    () -> LegacyUpdates.attributeUpdates(json("{'x':{'Action':'PUT'}}"), DECODE));
            refused("One or more parameter values were invalid: DELETE action with value is not supported for the type S",
                    () -> LegacyUpdates.attributeUpdates(json("{'x':{'Action':'DELETE','Value':{'S':'a'}}}"), DECODE));
            refused("One or more parameter values were invalid: ADD action is not supported for the type S",
                    () -> LegacyUpdates.attributeUpdates(json("{'x':{'Action':'ADD','Value':{'S':'a'}}}"), DECODE));
        }
    }

    @Test
    void attributes_to_get_projects_top_level_names_without_keys() throws Exception {
        assertEquals(item("{'name':{'S':'hello-world'}}"), LegacyProjection.attributesToGet(json("['name','absent']")).apply(ITEM));
    }
}
