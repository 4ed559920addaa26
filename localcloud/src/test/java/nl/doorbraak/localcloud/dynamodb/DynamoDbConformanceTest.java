package nl.doorbraak.localcloud.dynamodb;

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
 * Replays the DynamoDB conformance corpus recorded against AWS ({@code shared/conformance/dynamodb}) against the engine
 * with the corpus's own runner, prints the pass count and fails when it drops below {@link #FLOOR} (a ratchet: raise it
 * as the engine improves). Skipped, with a message, when the corpus or python3 is not there.
 */
class DynamoDbConformanceTest {
    /** Cases that must pass; never lower this. */
    static final int FLOOR = 400;

    @Test
    void conformanceCorpusPassCountDoesNotRegress() throws Exception {
        Path corpus = corpus();
        Assumptions.assumeTrue(corpus != null, "skipped: no shared/conformance/dynamodb next to the repository (set DOORBRAAK_SHARED)");
        Assumptions.assumeTrue(hasPython(), "skipped: python3 is not installed");
        try (LocalDynamo local = LocalDynamo.inMemory()) {
            List<String> command = new ArrayList<>(List.of("python3", corpus.resolve("run_cases.py").toString(),
                    "--endpoint", local.server.url(), corpus.resolve("cases").toString()));
            String report = System.getenv("DOORBRAAK_CONFORMANCE_REPORT");
            if (report != null) command.addAll(List.of("--report", report));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            StringBuilder out = new StringBuilder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) out.append(line).append('\n');
            }
            assertTrue(p.waitFor(10, TimeUnit.MINUTES), "runner timed out");
            Matcher m = Pattern.compile("(\\d+)/(\\d+) passed").matcher(out);
            assertTrue(m.find(), "runner printed no pass count:\n" + out);
            int passed = Integer.parseInt(m.group(1));
            System.out.println("DynamoDB conformance: " + passed + "/" + m.group(2) + " cases passed (floor " + FLOOR + ")");
            assertTrue(passed >= FLOOR, "conformance regressed: " + passed + " < floor " + FLOOR);
        }
    }

    static Path corpus() {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("DOORBRAAK_SHARED");
        if (env != null) candidates.add(Path.of(env));
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("pom.xml")) && Files.exists(dir.resolve("doorbraak"))) {
                candidates.add(dir.resolveSibling("shared"));
                break;
            }
        }
        for (Path c : candidates) {
            Path d = c.resolve("conformance").resolve("dynamodb");
            if (Files.exists(d.resolve("run_cases.py")) && Files.isDirectory(d.resolve("cases"))) return d;
        }
        return null;
    }

    private static boolean hasPython() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
