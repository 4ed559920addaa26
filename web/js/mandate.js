// The live total of the intervention form: which part would fall within the zorgmarinier's mandate and which part
// needs approval. Display only: the server decides, and its answer is what counts.

/**
 * Splits measures `{amountCents, urgent}` as the workflow does: urgent measures, in the order given, fall within the
 * mandate as long as their running sum stays within `mandateLimitCents`; everything else needs approval.
 * Returns `{totalCents, mandateCents, approvalCents, rows: ['MANDAAT'|'GOEDKEURING'|'ONBEKEND', ...]}`.
 */
export function splitByMandate(measures, mandateLimitCents) {
  let totalCents = 0;
  let mandateCents = 0;
  let approvalCents = 0;
  const limit = Number.isFinite(mandateLimitCents) ? mandateLimitCents : null;
  const rows = measures.map((m) => {
    const amount = m.amountCents;
    if (!Number.isSafeInteger(amount) || amount <= 0) return 'ONBEKEND';
    totalCents += amount;
    if (m.urgent && limit !== null && mandateCents + amount <= limit) {
      mandateCents += amount;
      return 'MANDAAT';
    }
    approvalCents += amount;
    return 'GOEDKEURING';
  });
  return { totalCents, mandateCents, approvalCents, rows };
}
