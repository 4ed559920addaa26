package nl.doorbraak.e2e.finance;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.e2e.api.Answer;
import nl.doorbraak.e2e.api.ApiStack;
import nl.doorbraak.e2e.api.Books;
import nl.doorbraak.e2e.api.Scenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static nl.doorbraak.e2e.api.Scenario.urgent;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Once-only under races: parallel reversals of one entry give the money back once; parallel evidence for one measure
 * is recorded once and releases its difference once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceAndRacesTest {

    private ApiStack stack;
    private Scenario s;
    private Finance f;

    @BeforeAll
    void start() {
        stack = Books.stack();
        s = new Scenario(stack);
        f = new Finance(s);
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    private List<Answer> race(int n, Callable<Answer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(call));
            }
            List<Answer> out = new ArrayList<>();
            for (Future<Answer> fu : futures) {
                out.add(fu.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long count(List<Answer> answers, int status) {
        return answers.stream().filter(a -> a.status() == status).count();
    }

    @Test
    void parallelReversalsOfOneEntryGiveTheMoneyBackOnce() throws Exception {
        String budget = s.budget(1_000_000, 100_00, 500_000);
        String id = s.submit(budget, "ACUUT", urgent(70_00));
        s.awaitStatus(id, "HANDOVER_PENDING");
        List<Answer> answers = race(6, () -> f.reverse(s.finance, budget, Finance.entryId(id, 0), "Dubbel geboekt"));
        assertEquals(1, count(answers, 201), answers::toString);
        assertEquals(5, count(answers, 409), answers::toString);
        JsonNode b = f.books(budget);
        assertEquals(1_000_000, b.get("availableCents").asLong(), "given back once");
        assertEquals(2, f.ledger(budget).size());
    }

    @Test
    void parallelEvidenceForOneMeasureIsRecordedOnce() throws Exception {
        String budget = s.budget(1_000_000, 100_00, 500_000);
        String id = s.submit(budget, "ACUUT", urgent(70_00));
        s.awaitStatus(id, "HANDOVER_PENDING");
        List<Answer> answers = race(6, () -> f.pay(id, 0, 50_00));
        assertEquals(1, count(answers, 201), answers::toString);
        assertEquals(5, count(answers, 409), answers::toString);
        JsonNode b = f.books(budget);
        assertEquals(1_000_000 - 50_00, b.get("availableCents").asLong(), "the difference released once");
        assertEquals(50_00, b.get("paidCents").asLong());
    }
}
