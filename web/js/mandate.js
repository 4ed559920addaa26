// The live total of the intervention form: which part would fall within the zorgmarinier's mandate and which part
// needs approval, and who would decide. Display only: the server decides, and its answer is what counts.

/**
 * Splits measures `{amountCents, urgent}` as the domain's MandateRule does: when the urgent measures together fit
 * within `mandateLimitCents`, they are all paid at once; when they do not, every measure goes to approval;
 * non-urgent measures always need approval. (The server also counts what was spent within the mandate for the same
 * pseudonym in the last 30 days; the browser cannot know that, so the server may still ask for approval.)
 * Returns `{totalCents, mandateCents, approvalCents, rows: ['MANDAAT'|'GOEDKEURING'|'ONBEKEND', ...]}`.
 */
export function splitByMandate(measures, mandateLimitCents) {
  const valid = (m) => Number.isSafeInteger(m.amountCents) && m.amountCents > 0;
  const limit = Number.isFinite(mandateLimitCents) ? mandateLimitCents : null;
  const urgentCents = measures.filter((m) => valid(m) && m.urgent).reduce((sum, m) => sum + m.amountCents, 0);
  const withinMandate = limit !== null && urgentCents > 0 && urgentCents <= limit;
  let totalCents = 0;
  let mandateCents = 0;
  let approvalCents = 0;
  const rows = measures.map((m) => {
    if (!valid(m)) return 'ONBEKEND';
    totalCents += m.amountCents;
    if (withinMandate && m.urgent) {
      mandateCents += m.amountCents;
      return 'MANDAAT';
    }
    approvalCents += m.amountCents;
    return 'GOEDKEURING';
  });
  return { totalCents, mandateCents, approvalCents, rows };
}

/** Who decides the part needing approval: the top official up to `approverLimitCents`, above it the executive. */
export function approvalLevel(approvalCents, approverLimitCents) {
  if (!approvalCents) return null;
  return Number.isFinite(approverLimitCents) && approvalCents <= approverLimitCents ? 'APPROVER' : 'EXECUTIVE';
}
