package nl.doorbraak.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The pages' formatting helpers, run in Chromium itself (its Intl and time zone data decide what people see):
 * amounts as € 1.234,56, Amsterdam dates as 29-11-2026 23:05, typed amounts read back as cents, countdowns.
 */
@NeedsChromium
class FormattingInBrowserTest {
    private static StaticSite site;
    private static Browser browser;

    @BeforeAll
    static void start() {
        site = StaticSite.start();
        browser = Browser.start();
        browser.open(site.url("index.html"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (site != null) site.close();
    }

    private Object call(String module, String function, Object... args) {
        return browser.asyncJs("""
                const done = arguments[arguments.length - 1];
                import(arguments[0]).then(m => done(JSON.stringify(m[arguments[1]](...arguments[2]))))
                  .catch(e => done('ERROR ' + e));
                """, "/js/" + module, function, List.of(args));
    }

    private String string(String module, String function, Object... args) {
        String json = (String) call(module, function, args);
        return json.startsWith("\"") ? json.substring(1, json.length() - 1).replace("\\u00a0", " ").replace("\u00a0", " ") : json;
    }

    @Test
    void amountsAreWrittenTheDutchWay() {
        assertEquals("€ 1.234,56", string("format.js", "formatEuro", 123456));
        assertEquals("€ 0,05", string("format.js", "formatEuro", 5));
        assertEquals("€ -1,50", string("format.js", "formatEuro", -150));
        assertEquals("€ 2.500.000,00", string("format.js", "formatEuro", 250000000));
    }

    @Test
    void typedAmountsAreReadAsCents() {
        Map<String, String> cases = Map.of(
                "1.234,56", "123456", "12,5", "1250", "€ 85", "8500", "12.50", "1250", "1.234", "123400",
                "abc", "null", "1,234", "null", "", "null", "0,99", "99");
        cases.forEach((typed, cents) -> assertEquals(cents, call("format.js", "parseEuro", typed), "parseEuro(" + typed + ")"));
    }

    @Test
    void timesAreShownInAmsterdamTime() {
        assertEquals("29-11-2026 23:05", string("format.js", "formatDateTime", "2026-11-29T22:05:00Z"));
        assertEquals("01-07-2026 14:00", string("format.js", "formatDateTime", "2026-07-01T12:00:00Z"));
        assertEquals("05-03-2026", string("format.js", "formatDate", "2026-03-05"));
        assertEquals("01-01-2027", string("format.js", "formatDate", "2026-12-31T23:30:00Z"));
    }

    @Test
    void deadlinesCountDown() {
        long now = 1_800_000_000_000L;
        String deadline = java.time.Instant.ofEpochMilli(now).plusSeconds(3 * 3600 + 5 * 60 + 9).toString();
        assertEquals("nog 3 u 05 min", string("format.js", "formatCountdown", deadline, now));
        assertEquals("nog 4 min 12 s", string("format.js", "formatCountdown",
                java.time.Instant.ofEpochMilli(now).plusSeconds(252).toString(), now));
        assertEquals("nog 2 d 1 u", string("format.js", "formatCountdown",
                java.time.Instant.ofEpochMilli(now).plusSeconds(2 * 86400 + 3600).toString(), now));
        assertEquals("termijn verstreken", string("format.js", "formatCountdown",
                java.time.Instant.ofEpochMilli(now).minusSeconds(1).toString(), now));
    }

    @Test
    void errorPathsFallBackToTheirParents() {
        assertEquals("[\"measures[2].amountCents\",\"measures[2]\",\"measures\"]",
                call("field-errors.js", "pathCandidates", "measures[2].amountCents"));
        assertEquals("[\"measures[0].description\",\"measures[0]\",\"measures\"]",
                call("field-errors.js", "pathCandidates", "measures.0.description"));
        assertEquals("[\"client.pseudonym\",\"client\"]", call("field-errors.js", "pathCandidates", "client.pseudonym"));
    }
}
