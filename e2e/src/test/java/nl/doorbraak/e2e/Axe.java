package nl.doorbraak.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/** Runs axe-core (vendored under test resources, MPL-2.0) in the current page and fails on serious or critical violations. */
public final class Axe {
    private static final String SOURCE = load();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Axe() { }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) throw new IllegalStateException("axe/axe.min.js missing from the test resources");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The violations of WCAG 2.0/2.1 A and AA rules (and axe's best practices) on the page, as axe reports them. */
    public static JsonNode violations(Browser browser) {
        if (!Boolean.TRUE.equals(browser.js("return typeof window.axe === 'object';"))) browser.js(SOURCE);
        String result = (String) browser.asyncJs("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},
                                   resultTypes: ['violations']})
                   .then(r => done(JSON.stringify(r.violations)))
                   .catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));
                """);
        try {
            return JSON.readTree(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails when axe finds a serious or critical violation on the page; names each with the elements concerned. */
    public static void assertNoSeriousViolations(Browser browser, String page) {
        List<String> problems = new ArrayList<>();
        for (JsonNode v : violations(browser)) {
            String impact = v.path("impact").asText();
            if (!impact.equals("serious") && !impact.equals("critical")) continue;
            StringBuilder sb = new StringBuilder(impact + " " + v.path("id").asText() + ": " + v.path("help").asText());
            for (JsonNode node : v.path("nodes")) sb.append("\n      at ").append(node.path("target")).append(' ').append(node.path("failureSummary").asText().replace('\n', ' '));
            problems.add(sb.toString());
        }
        if (!problems.isEmpty()) {
            fail("axe found " + problems.size() + " serious or critical violation(s) on " + page + " at " + browser.width() + " px:\n  "
                    + String.join("\n  ", problems));
        }
    }
}
