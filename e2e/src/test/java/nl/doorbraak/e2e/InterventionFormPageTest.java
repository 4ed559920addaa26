package nl.doorbraak.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The intervention form on its own (no API behind it): measures as rows to add and remove, the live total, the
 * mapping of the API's field errors onto the inputs, keyboard use, reflow at 320 px, and axe on the result.
 */
@NeedsChromium
class InterventionFormPageTest {
    private static StaticSite site;
    private static Browser browser;

    @BeforeAll
    static void start() {
        site = StaticSite.start();
        browser = Browser.start();
        Tokens.signIn(browser, site, Tokens.unsigned("zm-anna", "Anna de Wit", List.of("zorgmarinier"), "GM9999"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (site != null) site.close();
    }

    private void openForm() {
        browser.desktop();
        browser.open(site.url("nieuw.html"));
        browser.waitFor(d -> browser.findAll(".measure").size() == 1);
    }

    private WebElement amount(int row) { return browser.findAll(".measure").get(row).findElement(org.openqa.selenium.By.cssSelector("[data-name=amountCents]")); }

    @Test
    void rowsCanBeAddedAndRemovedAndTheTotalFollows() {
        openForm();
        amount(0).sendKeys("85,50");
        browser.find("#maatregel-toevoegen").click();
        assertEquals(2, browser.findAll(".measure").size());
        assertEquals("measures[1].amountCents", amount(1).getAttribute("data-field"));
        amount(1).sendKeys("1.200");
        assertEquals("€ 1.285,50", browser.text("#totaal-gevraagd"));
        // Without a budget there is no mandate to show: everything is counted as needing approval.
        assertEquals("€ 1.285,50", browser.text("#totaal-goedkeuring"));

        browser.findAll(".measure").get(0).findElement(org.openqa.selenium.By.cssSelector(".remove")).click();
        assertEquals(1, browser.findAll(".measure").size());
        assertEquals("Maatregel 1", browser.find(".measure legend").getText());
        assertEquals("measures[0].amountCents", amount(0).getAttribute("data-field"));
        assertEquals("€ 1.200,00", browser.text("#totaal-gevraagd"));
        assertTrue(browser.find(".measure .remove").getAttribute("hidden") != null, "the last row cannot be removed");
        // Focus went to the remaining row, not lost to the top of the page.
        assertEquals("measures[0].category", browser.driver().switchTo().activeElement().getAttribute("data-field"));
        browser.screenshot("nieuw-formulier");
        browser.phone();
        browser.screenshot("nieuw-formulier");
        assertNoHorizontalScroll();
        Axe.assertNoSeriousViolations(browser, "nieuw.html");
    }

    @Test
    void urgentMeasuresFallWithinTheMandateOnlyTogether() {
        openForm();
        List<Map<String, Object>> measures = List.of(Map.of("amountCents", 8550, "urgent", true),
                Map.of("amountCents", 30000, "urgent", true), Map.of("amountCents", 12000, "urgent", false));
        assertEquals("{\"totalCents\":50550,\"mandateCents\":38550,\"approvalCents\":12000,"
                + "\"rows\":[\"MANDAAT\",\"MANDAAT\",\"GOEDKEURING\"]}", split(measures, 38550));
        // One cent over the mandate: the urgent measures no longer fit together, so everything needs approval.
        assertEquals("{\"totalCents\":50550,\"mandateCents\":0,\"approvalCents\":50550,"
                + "\"rows\":[\"GOEDKEURING\",\"GOEDKEURING\",\"GOEDKEURING\"]}", split(measures, 38549));
    }

    private String split(List<Map<String, Object>> measures, long limit) {
        return (String) browser.asyncJs("""
                const done = arguments[arguments.length - 1];
                import('/js/mandate.js').then(m => done(JSON.stringify(m.splitByMandate(arguments[0], arguments[1]))));
                """, measures, limit);
    }

    @Test
    void theApisFieldErrorsAppearNextToTheirFieldsAndAreAnnounced() {
        openForm();
        browser.find("#maatregel-toevoegen").click();
        // The error body of the API contract (issue 6), rendered by the module the form uses for a 400 answer.
        browser.asyncJs("""
                const done = arguments[arguments.length - 1];
                import('/js/field-errors.js').then(m => done(m.showErrors(document.getElementById('interventie'),
                    document.getElementById('fouten'), 'Niet alle gegevens zijn goed ingevuld.', arguments[0])));
                """, Map.of("measures[1].amountCents", "Vul een bedrag groter dan € 0,00 in.",
                "client.pseudonym", "Vul een pseudoniem in.",
                "somethingElse", "Een fout zonder eigen veld."));

        WebElement input = amount(1);
        assertEquals("true", input.getAttribute("aria-invalid"));
        String describedBy = input.getAttribute("aria-describedby");
        WebElement message = browser.find("#" + describedBy.split(" ")[describedBy.split(" ").length - 1]);
        assertEquals("Fout: Vul een bedrag groter dan € 0,00 in.", message.getAttribute("textContent").replace('\u00a0', ' '));
        // The message sits in the same row as its input.
        assertEquals(browser.findAll(".measure").get(1), message.findElement(org.openqa.selenium.By.xpath("ancestor::fieldset[contains(@class,'measure')]")));
        assertEquals("true", browser.find("#pseudoniem").getAttribute("aria-invalid"));
        assertTrue(browser.find("#pseudoniem").getAttribute("aria-describedby").startsWith("pseudoniem-hint "));

        WebElement summary = browser.find("#fouten");
        assertEquals(summary, browser.driver().switchTo().activeElement(), "the error summary takes the focus so it is read out");
        assertEquals(3, summary.findElements(org.openqa.selenium.By.cssSelector("li")).size());
        assertTrue(summary.getText().contains("Een fout zonder eigen veld."));
        // Keyboard: the summary's link moves the focus to the field.
        summary.findElement(org.openqa.selenium.By.linkText("Vul een bedrag groter dan € 0,00 in.")).sendKeys(Keys.ENTER);
        assertEquals(input, browser.driver().switchTo().activeElement());
        browser.screenshot("nieuw-fouten");
        Axe.assertNoSeriousViolations(browser, "nieuw.html with errors");
        browser.phone();
        browser.screenshot("nieuw-fouten");
        assertNoHorizontalScroll();
    }

    @Test
    void theFormWorksWithTheKeyboardAloneAndShowsWhereTheFocusIs() {
        openForm();
        WebElement body = browser.find("body");
        body.sendKeys(Keys.TAB);
        WebElement skip = browser.driver().switchTo().activeElement();
        assertEquals("Naar de inhoud", skip.getText());
        skip.sendKeys(Keys.ENTER);
        assertEquals("inhoud", browser.driver().switchTo().activeElement().getAttribute("id"));

        WebElement add = tabTo("#maatregel-toevoegen");
        assertTrue(!"none".equals(add.getCssValue("outline-style")), "the focused button shows an outline");
        add.sendKeys(Keys.ENTER);
        assertEquals(2, browser.findAll(".measure").size());
        assertEquals("measures[1].category", browser.driver().switchTo().activeElement().getAttribute("data-field"),
                "the new row's first field has the focus");
        WebElement remove = tabTo(".measure:nth-of-type(2) .remove");
        remove.sendKeys(Keys.ENTER);
        assertEquals(1, browser.findAll(".measure").size());
        assertEquals("measures[0].category", browser.driver().switchTo().activeElement().getAttribute("data-field"));
    }

    /** Presses Tab until the element matching {@code css} has the focus (at most 80 times). */
    private WebElement tabTo(String css) {
        WebElement target = browser.find(css);
        for (int i = 0; i < 80; i++) {
            WebElement active = browser.driver().switchTo().activeElement();
            if (active.equals(target)) return active;
            active.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + css);
    }

    @Test
    void theLoginPageOffersTheDemoUsersAndPassesAxe() {
        browser.desktop();
        browser.open(site.url("index.html"));
        browser.waitFor(d -> browser.findAll(".users button").size() >= 4);
        assertTrue(browser.find(".users").getText().contains("Zorgmarinier"));
        // The same demo users as ./doorbraak local --demo seeds, so their data shows after logging in.
        java.nio.file.Path seed = StaticSite.repositoryRoot().resolve("demo/seed.json");
        if (java.nio.file.Files.isRegularFile(seed)) {
            List<String> seeded = new java.util.ArrayList<>();
            try {
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(seed.toFile()).path("users")
                        .forEach(u -> seeded.add(u.path("sub").asText() + " " + u.path("tenant").asText()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            List<String> offered = browser.findAll(".users button").stream().map(b -> b.getAttribute("data-sub")).toList();
            assertEquals(seeded.stream().map(s -> s.split(" ")[0]).toList(), offered);
        }
        browser.screenshot("inloggen");
        Axe.assertNoSeriousViolations(browser, "index.html");
        browser.phone();
        browser.screenshot("inloggen");
        assertNoHorizontalScroll();
        Axe.assertNoSeriousViolations(browser, "index.html");
    }

    private void assertNoHorizontalScroll() {
        Number scrollWidth = (Number) browser.js("return document.documentElement.scrollWidth;");
        assertTrue(scrollWidth.intValue() <= Browser.PHONE_WIDTH, "page scrolls sideways at 320 px: " + scrollWidth + " px wide");
    }
}
