package nl.doorbraak.localcloud.stepfunctions;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the Step Functions conformance corpus recorded on AWS ({@code ../shared/conformance/sfn}, or
 * {@code $DOORBRAAK_SHARED/conformance/sfn}) over the wire against the engine, with its own runner script.
 * Skips when the folder or python3 is missing. The floor only goes up.
 */
class SfnConformanceTest {
    static final int FLOOR = 652;

    @Test
    void awsRecordedCasesPass() throws Exception {
        Path dir = corpus();
        Assumptions.assumeTrue(dir != null, "Skipping Step Functions conformance: no shared/conformance/sfn next to the repository and DOORBRAAK_SHARED not set");
        Assumptions.assumeTrue(hasPython(), "Skipping Step Functions conformance: python3 not found");
        try (SfnTestServer server = new SfnTestServer()) {
            List<String> cmd = new ArrayList<>(List.of("python3", "run_cases.py", "--endpoint", server.url(),
                    "--clock-url", server.url() + "/_localcloud/clock", "--wait", System.getProperty("sfn.conformance.wait", "8"), "cases"));
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
            StringBuilder out = new StringBuilder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    out.append(line).append('\n');
                    System.out.println(line);
                }
            }
            p.waitFor(20, TimeUnit.MINUTES);
            Matcher m = Pattern.compile("(\\d+) passed, (\\d+) failed\\s*$").matcher(out.toString().trim());
            assertTrue(m.find(), "runner printed no total:\n" + out);
            int passed = Integer.parseInt(m.group(1));
            int failed = Integer.parseInt(m.group(2));
            System.out.printf("Step Functions conformance: %d of %d cases pass (floor %d)%n", passed, passed + failed, FLOOR);
            assertTrue(passed >= FLOOR, "conformance fell below the floor: " + passed + " < " + FLOOR);
        }
    }

    static Path corpus() {
        String env = System.getenv("DOORBRAAK_SHARED");
        List<Path> candidates = new ArrayList<>();
        if (env != null && !env.isBlank()) candidates.add(Path.of(env, "conformance", "sfn"));
        Path cwd = Path.of("").toAbsolutePath();
        for (Path p = cwd; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git")) || Files.exists(p.resolve("doorbraak"))) {
                candidates.add(p.resolve("../shared/conformance/sfn").normalize());
                break;
            }
        }
        for (Path c : candidates) {
            if (Files.isRegularFile(c.resolve("run_cases.py")) && Files.isDirectory(c.resolve("cases"))) return c;
        }
        return null;
    }

    private static boolean hasPython() {
        try {
            return new ProcessBuilder("python3", "--version").redirectErrorStream(true).start().waitFor(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            return false;
        }
    }
}
