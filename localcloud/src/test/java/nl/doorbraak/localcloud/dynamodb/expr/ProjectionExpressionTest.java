package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.doorbraak.localcloud.dynamodb.expr.Av.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ProjectionExpressionTest {
    private static final Map<String, AttributeValue> CASE = item(
            "pk", s("case-1"),
            "stage", s("open"),
            "budget", m("spent", n("120"), "limit", n("500"), "history", l(n("1"), n("2"), n("3"), n("4"))),
            "measures", l(m("kind", s("hotel"), "cost", n("90")), m("kind", s("train"), "cost", n("30")), m("kind", s("food"))));

    private static Map<String, AttributeValue> project(String expr, Map<String, String> names) throws Exception {
        return Expressions.parseProjection(expr, new ExpressionContext(names, null)).apply(CASE);
    }

    @Test
    void top_level_attributes_and_missing_ones_are_skipped() throws Exception {
        assertEquals(item("pk", s("case-1"), "stage", s("open")), project("pk, stage, nothing", null));
    }

    @Test
    void nested_map_paths_keep_their_structure() throws Exception {
        assertEquals(item("budget", m("spent", n("120"))), project("budget.spent", null));
        assertEquals(item("budget", m("spent", n("120"), "limit", n("500"))), project("#b.spent, #b.#l", names("#b", "budget", "#l", "limit")));
    }

    @Test
    void list_elements_are_projected_in_index_order_and_compacted() throws Exception {
        assertEquals(item("budget", m("history", l(n("2"), n("4")))), project("budget.history[3], budget.history[1]", null));
        assertEquals(item("measures", l(m("cost", n("90")), m("kind", s("food")))), project("measures[0].cost, measures[2].kind, measures[9]", null));
        assertEquals(item(), project("stage[0], budget[0]", null));
    }

    @Test
    void overlapping_and_conflicting_paths_are_refused() {
        refused("Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [budget], path two: [budget, spent]",
                () -> project("budget, budget.spent", null));
        refused("Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [pk], path two: [pk]",
                () -> project("pk, pk", null));
        refused("Invalid ProjectionExpression: Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [budget, spent], path two: [budget, [0]]",
                () -> project("budget.spent, budget[0]", null));
    }

    @Test
    void syntax_and_name_errors() {
        refused("Invalid ProjectionExpression: Syntax error; token: \"!\", near: \"!!\"", () -> project("!!! INVALID !!!", null));
        refused("Invalid ProjectionExpression: Syntax error; token: \"<EOF>\", near: \",\"", () -> project("pk,", null));
        refused("Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword: data", () -> project("pk, data", null));
        refused("Invalid ProjectionExpression: An expression attribute name used in the document path is not defined; attribute name: #x",
                () -> project("#x", null));
        refused("Invalid ProjectionExpression: The expression can not be empty;", () -> project("", null));
    }

    @Test
    void attributes_to_get_takes_names_literally() {
        var p = Expressions.attributesToGet(List.of("stage", "budget.spent"));
        assertEquals(item("stage", s("open")), p.apply(CASE));
    }
}
