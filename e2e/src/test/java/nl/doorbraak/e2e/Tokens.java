package nl.doorbraak.e2e;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An unsigned token shaped like the JWT authorizer's claims, for page tests without a server: the pages only read
 * the claims to draw their menu; a server would refuse this token.
 */
final class Tokens {
    private Tokens() { }

    static String unsigned(String sub, String name, List<String> groups, String tenant) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String groupsJson = groups.stream().map(g -> "\"" + g + "\"").collect(Collectors.joining(",", "[", "]"));
        long exp = System.currentTimeMillis() / 1000 + 3600;
        String payload = "{\"sub\":\"" + sub + "\",\"name\":\"" + name + "\",\"cognito:groups\":" + groupsJson
                + ",\"custom:tenant\":\"" + tenant + "\",\"exp\":" + exp + "}";
        return header + "." + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".";
    }

    /** Signs the browser in with {@code token} for the site at {@code site} (sessionStorage is per origin). */
    static void signIn(Browser browser, StaticSite site, String token) {
        browser.open(site.url("config.json"));
        browser.js("sessionStorage.setItem('doorbraak.token', arguments[0]);", token);
    }
}
