package nl.doorbraak.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The zorgmarinier's mandate: urgent measures whose total fits within the mandate are paid at once (basis
 * {@code MANDAAT}); if the urgent total exceeds it, every measure goes to approval; non-urgent measures always need
 * approval.
 * <p>
 * The mandate counts per client pseudonym over a rolling 30 days, so splitting one need over several interventions
 * does not bypass approval: what was already spent within the mandate for the same pseudonym in the window counts
 * against the limit. "Within" includes the limit itself ({@code used + urgent <= limit}).
 */
public final class MandateRule {

    /** The rolling window over which mandate spending per pseudonym adds up. */
    public static final Duration WINDOW = Duration.ofDays(30);

    private MandateRule() {
    }

    /** Spending within the mandate for one pseudonym at a moment. */
    public record Use(Instant at, long amountCents) {
    }

    /**
     * What counts against the mandate at {@code now}: the uses after {@code now − 30 days}. A use made exactly 30
     * days ago no longer counts; a use of one millisecond less than 30 days ago still does.
     */
    public static long usedWithin(Collection<Use> uses, Instant now) {
        Instant windowStart = now.minus(WINDOW);
        long total = 0;
        for (Use use : uses) {
            if (use.at().isAfter(windowStart)) {
                total += use.amountCents();
            }
        }
        return total;
    }

    /**
     * Decides for each measure whether it falls within the mandate or needs approval.
     *
     * @param measures          the requested measures (their current decision is ignored)
     * @param mandateLimitCents the budget's mandate limit
     * @param alreadyUsedCents  what {@link #usedWithin} gives for this pseudonym now, not counting the intervention
     *                          being decided (see {@link Intervention#applyMandate})
     */
    public static MandateDecision decide(List<Measure> measures, long mandateLimitCents, long alreadyUsedCents) {
        long urgentTotal = 0;
        for (Measure m : measures) {
            if (m.urgent()) {
                urgentTotal += m.amountCents();
            }
        }
        boolean withinMandate = urgentTotal > 0 && alreadyUsedCents + urgentTotal <= mandateLimitCents;
        List<MeasureDecision> decisions = new ArrayList<>(measures.size());
        long mandate = 0;
        long approval = 0;
        for (Measure m : measures) {
            if (withinMandate && m.urgent()) {
                decisions.add(MeasureDecision.MANDAAT);
                mandate += m.amountCents();
            } else {
                decisions.add(MeasureDecision.OPEN);
                approval += m.amountCents();
            }
        }
        return new MandateDecision(List.copyOf(decisions), mandate, approval, urgentTotal, alreadyUsedCents, mandateLimitCents);
    }
}
