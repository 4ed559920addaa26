package nl.doorbraak.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of {@link MandateRule#decide}: per measure {@code MANDAAT} (pay at once) or {@code OPEN} (needs
 * approval), with the sums.
 *
 * @param decisions        one per measure, in the order of the measures
 * @param mandateCents     total paid at once within the mandate
 * @param approvalCents    total that needs approval
 * @param urgentCents      total of the urgent measures
 * @param usedBeforeCents  mandate already used for this pseudonym in the window
 * @param limitCents       the mandate limit applied
 */
public record MandateDecision(List<MeasureDecision> decisions, long mandateCents, long approvalCents,
                              long urgentCents, long usedBeforeCents, long limitCents) {

    public boolean approvalRequired() {
        return approvalCents > 0;
    }

    /** Indexes of the measures within the mandate. */
    public List<Integer> mandateIndexes() {
        return indexesOf(MeasureDecision.MANDAAT);
    }

    /** Indexes of the measures that need approval. */
    public List<Integer> approvalIndexes() {
        return indexesOf(MeasureDecision.OPEN);
    }

    /** The measures with these decisions applied. */
    public List<Measure> applyTo(List<Measure> measures) {
        if (measures.size() != decisions.size()) {
            throw new IllegalArgumentException("decision count " + decisions.size() + " != measure count " + measures.size());
        }
        List<Measure> out = new ArrayList<>(measures.size());
        for (int i = 0; i < measures.size(); i++) {
            out.add(measures.get(i).withDecision(decisions.get(i)));
        }
        return List.copyOf(out);
    }

    private List<Integer> indexesOf(MeasureDecision wanted) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i) == wanted) {
                out.add(i);
            }
        }
        return List.copyOf(out);
    }
}
