package nl.doorbraak.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The three roles played through in headless Chromium against the real local stack ({@code ./doorbraak local
 * --in-memory}): a zorgmarinier submits an intervention with one urgent measure within the mandate and one needing
 * approval and first sees a validation error next to its field; the approver approves; the zorgmarinier sees the
 * status change and confirms the handover; finance downloads both export formats and checks their content. Every
 * page is screenshotted at 1280 and 320 px and checked with axe.
 */
@NeedsChromium
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThreeRolesInTheBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUDGET = "zak-met-geld-2026";
    private static LocalStack stack;
    private static Browser browser;
    private static String interventionId;

    /** On a failure the page as it was is saved (failed-<test>-<width>.png) with its text in the report. */
    @org.junit.jupiter.api.extension.RegisterExtension
    static final org.junit.jupiter.api.extension.TestWatcher ON_FAILURE = new org.junit.jupiter.api.extension.TestWatcher() {
        @Override
        public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
            if (browser == null) return;
            try {
                browser.screenshot("failed-" + context.getRequiredTestMethod().getName());
                System.out.println("page at failure (" + browser.driver().getCurrentUrl() + "):\n" + browser.find("main").getText());
            } catch (RuntimeException e) {
                System.out.println("no screenshot of the failure: " + e);
            }
        }
    };

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        stack = LocalStack.start();
        // Finance sets up the year's budget through the API (the pages show budgets; creating one is an API call).
        String finance = token("fi-eva", "Eva Bakker (financiën)", "finance");
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stack.url("api/budgets")))
                .header("Authorization", "Bearer " + finance).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"budgetId":"%s","name":"Zak met geld","year":2026,"allocatedCents":25000000,
                         "mandateLimitCents":50000,"approverLimitCents":500000,"ledgerAccount":"4410","costCenter":"ZM01"}
                        """.formatted(BUDGET))).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() >= 500 && stack.tail().contains("implemented in issue 6")) {
            String why = "browser scenario skipped: this build's API handlers are still placeholders (\"implemented in issue 6\")";
            System.out.println(why);
            org.junit.jupiter.api.Assumptions.abort(why);
        }
        assertTrue(created.statusCode() == 201 || created.statusCode() == 409, "budget not created: " + created.body() + "\n" + stack.tail());
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (stack != null) stack.close();
    }

    private static String token(String sub, String name, String group) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stack.url("local/token")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"sub\":\"%s\",\"name\":\"%s\",\"groups\":[\"%s\"],\"tenant\":\"GM9999\"}"
                        .formatted(sub, name, group))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return JSON.readTree(answer.body()).path("token").asText();
    }

    /** Signs in on the login page by choosing a demo user, as a person would. */
    private void signInAs(String sub) {
        browser.desktop();
        browser.open(stack.url("index.html"));
        browser.js("sessionStorage.clear();");
        browser.open(stack.url("index.html"));
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-sub='" + sub + "']"))).click();
        browser.waitFor(d -> !d.getCurrentUrl().contains("index.html"));
    }

    /** Screenshots the page at desktop and phone width and checks both with axe and for console errors. */
    private void look(String name) {
        List<String> errors = browser.consoleErrors().stream()
                .filter(e -> !e.contains("the server responded with a status of 400")) // the validation error we provoke
                .toList();
        assertTrue(errors.isEmpty(), name + " wrote errors to the console: " + errors);
        browser.desktop();
        browser.screenshot(name);
        Axe.assertNoSeriousViolations(browser, name);
        browser.phone();
        browser.screenshot(name);
        Axe.assertNoSeriousViolations(browser, name);
        Number scrollWidth = (Number) browser.js("return document.documentElement.scrollWidth;");
        assertTrue(scrollWidth.intValue() <= Browser.PHONE_WIDTH, name + " scrolls sideways at 320 px: " + scrollWidth);
        browser.desktop();
    }

    private List<String> menu() {
        return browser.findAll("#menu a").stream().map(WebElement::getText).toList();
    }

    @Test
    @Order(5)
    void aPageOutsideOnesRoleSaysSoAndTheServerRefusesTheCallAnyway() throws Exception {
        signInAs("fi-eva");
        browser.open(stack.url("goedkeuringen.html"));
        browser.waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Geen toegang"));
        look("geen-toegang");
        // The menu only hides; the server decides: finance asking for the approval inbox is refused.
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stack.url("api/approvals")))
                .header("Authorization", "Bearer " + token("fi-eva", "Eva Bakker (financiën)", "finance")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, refused.statusCode(), refused.body());
    }

    @Test
    @Order(6)
    void theZorgmarinierRecordsHowAFundedMeasureWasPaid() {
        signInAs("zm-anna");
        browser.open(stack.url("interventie.html?id=" + interventionId));
        WebElement payee = browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[data-field=payee]")));
        assertEquals("85,50", browser.find("input[data-field=amountCents]").getAttribute("value"), "the funded amount is proposed");
        new Select(browser.find("select[data-field=method]")).selectByValue("PINPAS");
        payee.sendKeys("NS Reizigers");
        browser.find("button[value=payment]").click();
        browser.waitFor(d -> browser.findAll(".alert-ok").stream().anyMatch(a -> a.getText().contains("betaling is vastgelegd")));
        assertTrue(browser.findAll(".timeline [data-event=PAYMENT_RECORDED]").size() == 1, "the payment is in the timeline");
        look("interventie-betaling");
    }

    @Test
    @Order(7)
    void financeSeesThePaymentAndCorrectsABookingByAReversal() {
        signInAs("fi-eva");
        browser.open(stack.url("budget.html?id=" + BUDGET));
        browser.waitFor(d -> browser.findAll("#grootboek tbody tr").size() == 2);
        assertEquals("€ 85,50", browser.text("[data-amount=paid]"));
        assertEquals("€ 1.450,00", browser.text("[data-amount=committed]"));
        WebElement approved = browser.findAll("#grootboek tbody tr").stream()
                .filter(r -> r.getText().contains("Goedkeuring")).findFirst().orElseThrow();
        approved.findElement(By.cssSelector("button[data-entry]")).click();
        WebElement reason = browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("textarea[data-field=reason]")));
        browser.find("button[value=reversal]").click(); // no reason: the server asks for one, next to the field
        browser.waitFor(d -> "true".equals(reason.getAttribute("aria-invalid")));
        look("budget-terugboeken-fout");
        reason.sendKeys("Dubbel gefinancierd: de opvang is door de zorgverzekeraar betaald.");
        browser.find("button[value=reversal]").click();
        browser.waitFor(d -> browser.findAll(".alert-ok").stream().anyMatch(a -> a.getText().contains("terugboeking is vastgelegd")));
        browser.waitFor(d -> browser.findAll("#grootboek tbody tr").size() == 3);
        assertEquals("€ 249.914,50", browser.text("[data-amount=available]"), "the money is back in the budget");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("aansluiting-uitkomst")));
        assertEquals("true", browser.find("#aansluiting-uitkomst").getAttribute("data-reconciles"));
        assertTrue(browser.find("#grootboek").getText().contains("Correctie"));
        assertEquals(1, browser.findAll("#grootboek button[data-entry]").size(), "a corrected booking offers no second correction");
        look("budget-terugboeking");
    }

    private WebElement row(int index) { return browser.findAll(".measure").get(index); }

    private void fillMeasure(int index, String category, String description, String amount, boolean urgent) {
        WebElement row = row(index);
        new Select(row.findElement(By.cssSelector("[data-name=category]"))).selectByValue(category);
        row.findElement(By.cssSelector("[data-name=description]")).sendKeys(description);
        row.findElement(By.cssSelector("[data-name=amountCents]")).sendKeys(amount);
        if (urgent) row.findElement(By.cssSelector("[data-name=urgent]")).click();
    }

    /** The status the page shows, or null while it is being redrawn. */
    private String statusShown() {
        try {
            return browser.find("#status-tekst").getAttribute("data-status");
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return null;
        }
    }

    @Test
    @Order(1)
    void aZorgmarinierSubmitsAnInterventionAndFirstSeesAValidationErrorNextToItsField() {
        signInAs("zm-anna");
        browser.waitFor(d -> d.getCurrentUrl().contains("interventies.html"));
        look("interventies-leeg");
        browser.find("a[href='nieuw.html']").click();
        browser.waitFor(d -> browser.findAll("#budget option[value='" + BUDGET + "']").size() == 1);
        new Select(browser.find("#budget")).selectByValue(BUDGET);
        browser.find("#pseudoniem").sendKeys("Jan de Vries"); // a name, not a pseudonym: the server refuses it
        new Select(browser.find("#leeftijd")).selectByValue("18-22");
        new Select(browser.find("#situatie-soort")).selectByValue("CRIMINELE_UITBUITING");
        new Select(browser.find("#gevonden")).selectByValue("HOTSPOT");
        browser.find("#samenvatting").sendKeys("Jongere wil weg uit een drugsnetwerk; moet vannacht nog de stad uit.");
        browser.find("#urgentie-ACUUT").click();
        fillMeasure(0, "VERVOER", "Treinkaartje naar de opvang", "85,50", true);
        browser.find("#maatregel-toevoegen").click();
        fillMeasure(1, "ONDERDAK", "Twee weken opvang in een andere gemeente", "1.450,00", false);
        browser.find("#organisatie").sendKeys("Wijkteam Noord");
        browser.find("#toestemming").click();

        assertEquals("€ 1.535,50", browser.text("#totaal-gevraagd"));
        assertEquals("€ 85,50", browser.text("#totaal-mandaat"));
        assertEquals("€ 1.450,00", browser.text("#totaal-goedkeuring"));

        browser.find("#indienen").click();
        WebElement summary = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("fouten")));
        WebElement pseudonym = browser.find("#pseudoniem");
        assertEquals("true", pseudonym.getAttribute("aria-invalid"));
        String errorId = pseudonym.getAttribute("aria-describedby").replace("pseudoniem-hint", "").trim();
        WebElement error = browser.find("#" + errorId);
        assertTrue(error.getAttribute("textContent").contains("pseudoniem"), "error text: " + error.getAttribute("textContent"));
        assertEquals(pseudonym.findElement(By.xpath("..")), error.findElement(By.xpath("..")), "the error sits in the field's own block");
        assertEquals(summary, browser.driver().switchTo().activeElement(), "the error summary takes the focus");
        look("nieuw-validatiefout");

        pseudonym.clear();
        pseudonym.sendKeys("ZM-2026-0042");
        browser.find("#indienen").click();
        browser.waitFor(d -> d.getCurrentUrl().contains("interventie.html?id="));
        interventionId = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=([^&]+).*", "$1");
        browser.waitLong(d -> "AWAITING_APPROVAL".equals(statusShown()));
        assertEquals("MANDAAT", browser.find("tr[data-measure='0'] [data-decision]").getAttribute("data-decision"));
        assertEquals("OPEN", browser.find("tr[data-measure='1'] [data-decision]").getAttribute("data-decision"));
        assertEquals("€ 85,50", browser.text("[data-total=debited]"));
        look("interventie-wacht-op-goedkeuring");
    }

    @Test
    @Order(2)
    void theApproverSeesTheRequestWithItsDeadlineAndApprovesIt() {
        signInAs("ap-carla");
        browser.waitFor(d -> d.getCurrentUrl().contains("goedkeuringen.html"));
        // The approver reloads the inbox until the task is there (the workflow opens it within seconds).
        WebElement card = browser.waitLong(d -> {
            List<WebElement> found = browser.findAll("[data-intervention='" + interventionId + "']");
            if (!found.isEmpty()) return found.get(0);
            if (!browser.findAll("#lijst .loading").isEmpty()) return null;
            d.navigate().refresh();
            return null;
        });
        assertTrue(card.getText().replace('\u00a0', ' ').contains("€ 1.450,00"));
        assertTrue(card.findElement(By.cssSelector(".countdown")).getText().startsWith("nog "));
        look("goedkeuringen");
        assertEquals(List.of("Interventies", "Goedkeuringen"), menu(), "the approver's menu");

        card.findElement(By.cssSelector("a.button")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[value=APPROVE]")));
        assertTrue(browser.find(".justification").getText().contains("drugsnetwerk"));
        // Rejecting needs a reason: the server says so next to the comment field.
        browser.find("button[value=REJECT]").click();
        WebElement comment = browser.waitFor(d -> {
            WebElement c = browser.find("textarea[data-field=comment]");
            return "true".equals(c.getAttribute("aria-invalid")) ? c : null;
        });
        assertTrue(comment.getAttribute("aria-describedby").contains("fout-"));
        look("goedkeuring-detail");

        comment.sendKeys("Akkoord: opvang buiten de stad is nodig.");
        browser.find("button[value=APPROVE]").click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("status-tekst")));
        assertTrue(browser.find("h1").getText().contains("goedgekeurd"));
        look("goedkeuring-besloten");
        browser.open(stack.url("goedkeuringen.html"));
        browser.waitFor(d -> !browser.findAll("#lijst p, #lijst ul").isEmpty());
        assertTrue(browser.findAll("[data-intervention='" + interventionId + "']").isEmpty(), "a decided request leaves the inbox");
    }

    @Test
    @Order(3)
    void theZorgmarinierSeesTheStatusChangeAndConfirmsTheHandover() {
        signInAs("zm-anna");
        browser.open(stack.url("interventie.html?id=" + interventionId));
        browser.waitLong(d -> {
            if ("HANDOVER_PENDING".equals(statusShown())) return true;
            if ("AWAITING_APPROVAL".equals(statusShown())) d.navigate().refresh(); // the debit after the decision is on its way
            return false;
        });
        assertEquals("GOEDGEKEURD", browser.find("tr[data-measure='1'] [data-decision]").getAttribute("data-decision"));
        assertEquals("€ 1.535,50", browser.text("[data-total=debited]"));
        look("interventie-overdracht");
        browser.find("button[value=handover]").click();
        browser.waitLong(d -> "FOLLOW_UP".equals(statusShown()));
        assertEquals(browser.find("#titel"), browser.driver().switchTo().activeElement(), "focus returns to the page title after the action");
        assertFalse(browser.findAll(".timeline li").isEmpty(), "the timeline shows what happened");
        look("interventie-nazorg");
        browser.open(stack.url("interventies.html?mine=true"));
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-intervention='" + interventionId + "'] [data-status=FOLLOW_UP]")));
        look("interventies");
    }

    @Test
    @Order(4)
    void financeSeesTheBudgetDownloadsBothExportsAndTheyReconcile() throws Exception {
        signInAs("fi-eva");
        browser.waitFor(d -> d.getCurrentUrl().contains("budgetten.html"));
        WebElement card = browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-budget='" + BUDGET + "']")));
        assertEquals("€ 1.535,50", card.findElement(By.cssSelector("[data-amount=debited]")).getText().replace('\u00a0', ' '));
        assertEquals("€ 248.464,50", card.findElement(By.cssSelector("[data-amount=available]")).getText().replace('\u00a0', ' '));
        assertEquals("€ 85,50", card.findElement(By.cssSelector("[data-category=VERVOER] td")).getText().replace('\u00a0', ' '));
        look("budgetten");
        assertEquals(List.of("Interventies", "Budgetten"), menu(), "finance's menu");

        card.findElement(By.cssSelector("a.button")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("aansluiting-uitkomst")));
        assertEquals("true", browser.find("#aansluiting-uitkomst").getAttribute("data-reconciles"));
        browser.waitFor(d -> browser.findAll("#grootboek tbody tr").size() == 2);
        look("budget-grootboek");

        browser.find("#export-nl").click();
        Path nl = browser.downloaded("-nl.csv");
        browser.find("#export-rfc4180").click();
        Path rfc = browser.downloaded("-rfc4180.csv");
        byte[] nlBytes = Files.readAllBytes(nl);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(nlBytes[0], nlBytes[1], nlBytes[2]), "the nl export starts with a UTF-8 BOM");
        List<String> nlLines = new String(nlBytes, 3, nlBytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertEquals("boekdatum;boekjaar;budget;kostenplaats;grootboekrekening;interventie;categorie;omschrijving;bedrag;grondslag;goedgekeurd_door;referentie;betaalwijze;begunstigde;bonnummer",
                nlLines.get(0));
        assertEquals(3, nlLines.size());
        assertTrue(nlLines.stream().anyMatch(l -> l.contains(";85,50;MANDAAT;")), String.join("\n", nlLines));
        assertTrue(nlLines.stream().anyMatch(l -> l.contains(";1450,00;GOEDKEURING;")), String.join("\n", nlLines));
        List<String> rfcLines = Files.readString(rfc, StandardCharsets.UTF_8).lines().toList();
        assertEquals("boekdatum,boekjaar,budget,kostenplaats,grootboekrekening,interventie,categorie,omschrijving,bedrag,grondslag,goedgekeurd_door,referentie,betaalwijze,begunstigde,bonnummer",
                rfcLines.get(0));
        assertTrue(rfcLines.stream().anyMatch(l -> l.contains(",85.50,MANDAAT,")), String.join("\n", rfcLines));
        assertTrue(rfcLines.stream().anyMatch(l -> l.contains(",1450.00,GOEDKEURING,")), String.join("\n", rfcLines));
        for (String line : nlLines.subList(1, nlLines.size())) {
            assertFalse(line.contains("ZM-2026-0042") || line.contains("drugsnetwerk"), "no pseudonym or summary in the export: " + line);
        }
    }
}
