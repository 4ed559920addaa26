package nl.doorbraak.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The AWS login leg in the browser: with a Cognito {@code config.json} the login page sends the browser to the hosted
 * login with an authorization code request carrying a PKCE S256 challenge of the verifier it keeps, and refuses a
 * redirect back whose state it did not issue. (The hosted login itself is Cognito's; here its address is this test
 * server, which answers 404, so nothing leaves the machine.)
 */
@NeedsChromium
class CognitoLoginPageTest {
    private static Path folder;
    private static StaticSite site;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start();
        folder = Files.createTempDirectory("doorbraak-web-cognito-");
        Path web = StaticSite.repositoryRoot().resolve("web");
        try (Stream<Path> files = Files.walk(web)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = folder.resolve(web.relativize(source).toString());
                if (Files.isDirectory(source)) Files.createDirectories(target);
                else Files.copy(source, target);
            }
        }
        site = StaticSite.start(folder);
        Files.writeString(folder.resolve("config.json"),
                "{\"auth\":\"cognito\",\"domain\":\"" + site.origin() + "\",\"clientId\":\"doorbraak-web\"}");
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) browser.close();
        if (site != null) site.close();
        if (folder != null) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Map<String, String> query(String url) {
        Map<String, String> out = new HashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Test
    void theLoginPageStartsTheCodeFlowWithPkce() throws Exception {
        browser.open(site.url("index.html"));
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("#login button"))).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/oauth2/authorize"));
        Map<String, String> q = query(browser.driver().getCurrentUrl());
        assertEquals("code", q.get("response_type"));
        assertEquals("doorbraak-web", q.get("client_id"));
        assertEquals(site.url("index.html"), q.get("redirect_uri"));
        assertEquals("S256", q.get("code_challenge_method"));
        assertTrue(q.get("scope").contains("openid"));
        String verifier = (String) browser.js("return sessionStorage.getItem('doorbraak.pkce.verifier');");
        assertNotNull(verifier, "the verifier stays in the tab for the token request");
        assertTrue(verifier.length() >= 43, "RFC 7636 asks for at least 43 characters: " + verifier.length());
        String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        assertEquals(expected, q.get("code_challenge"));
        assertEquals(browser.js("return sessionStorage.getItem('doorbraak.pkce.state');"), q.get("state"));
    }

    @Test
    void aRedirectWithAStateItDidNotIssueIsRefused() {
        browser.open(site.url("index.html?code=stolen-code&state=not-ours"));
        String alert = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#melding [role=alert]"))).getText();
        assertTrue(alert.startsWith("Inloggen mislukt"), alert);
        assertEquals(null, browser.js("return sessionStorage.getItem('doorbraak.token');"));
        browser.screenshot("inloggen-cognito");
        Axe.assertNoSeriousViolations(browser, "index.html (Cognito)");
    }
}
