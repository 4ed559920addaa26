package nl.doorbraak.e2e.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static nl.doorbraak.e2e.api.Scenario.regular;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The workflow's figures on the whole local cloud ({@code ./doorbraak bench workflow}): the deployable jar's size,
 * a function's cold start and warm latency through the HTTP API, the time from submission to
 * {@code AWAITING_APPROVAL} and from decision to {@code HANDOVER_PENDING} (cold: the first run, with every task
 * function starting; warm: the median of the following runs). Runs only with {@code -Ddoorbraak.bench=true}.
 */
class WorkflowBench {

    static final int WARM_CALLS = 50;
    static final int WARM_RUNS = 10;

    @Test
    void measure() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("doorbraak.bench"), "bench: run with -Ddoorbraak.bench=true");
        Path jar = Root.path().resolve("functions/target/doorbraak-functions.jar");
        List<String> out = new ArrayList<>();
        out.add("workflow bench " + LocalDateTime.now(ZoneOffset.UTC).withNano(0) + "Z, "
                + Runtime.getRuntime().availableProcessors() + " cores, java " + System.getProperty("java.version"));
        out.add(String.format(Locale.ROOT, "jar: %.1f MB (%d bytes)", Files.size(jar) / 1e6, Files.size(jar)));
        long start = System.nanoTime();
        try (ApiStack stack = HttpStack.cloud()) {
            out.add(String.format(Locale.ROOT, "local cloud up with template deployed: %d ms", ms(start)));
            Scenario s = new Scenario(stack);
            long t = System.nanoTime();
            assertEquals(200, stack.call(s.finance, "GET", "/api/budgets", null).status());
            out.add(String.format(Locale.ROOT, "GET /api/budgets cold (BudgetsFunction JVM start + init + call): %d ms", ms(t)));
            List<Long> warm = new ArrayList<>();
            for (int i = 0; i < WARM_CALLS; i++) {
                long w = System.nanoTime();
                stack.call(s.finance, "GET", "/api/budgets", null);
                warm.add(System.nanoTime() - w);
            }
            out.add("GET /api/budgets warm: " + stats(warm));

            String budget = s.budget(100_000_000, 100_000, 10_000_000);
            List<Long> toAwaiting = new ArrayList<>();
            List<Long> toHandover = new ArrayList<>();
            for (int run = 0; run <= WARM_RUNS; run++) {
                long submit = System.nanoTime();
                String id = s.submit(budget, "URGENT", regular(500_00));
                awaitStatus(s, id, "AWAITING_APPROVAL");
                toAwaiting.add(System.nanoTime() - submit);
                String task = s.awaitTask(s.approver, id, "APPROVER");
                long decide = System.nanoTime();
                assertEquals(200, s.decide(s.approver, task, "APPROVE", null).status());
                awaitStatus(s, id, "HANDOVER_PENDING");
                toHandover.add(System.nanoTime() - decide);
            }
            out.add(String.format(Locale.ROOT, "submission -> AWAITING_APPROVAL: cold %d ms; warm %s",
                    toAwaiting.get(0) / 1_000_000, stats(toAwaiting.subList(1, toAwaiting.size()))));
            out.add(String.format(Locale.ROOT, "decision -> HANDOVER_PENDING: cold %d ms; warm %s",
                    toHandover.get(0) / 1_000_000, stats(toHandover.subList(1, toHandover.size()))));
        }
        out.forEach(System.out::println);
        Path report = Root.path().resolve("e2e/target/bench-workflow.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, out);
    }

    private static void awaitStatus(Scenario s, String id, String status) {
        while (true) {
            JsonNode i = s.intervention(id);
            if (i.get("status").asText().equals(status)) {
                return;
            }
            Scenario.pause(10);
        }
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static String stats(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        double p50 = sorted.get(sorted.size() / 2) / 1e6;
        double p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1)) / 1e6;
        return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms (n=%d)", p50, p95, sorted.size());
    }
}
