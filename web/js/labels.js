// Dutch words for the codes of the API. A code without a label is shown as it is, never hidden.

export const ROLES = {
  zorgmarinier: 'Zorgmarinier',
  approver: 'Goedkeurder (topambtenaar)',
  executive: 'Bestuurder (burgemeester of wethouder)',
  finance: 'Financiën',
  auditor: 'Auditor',
};

export const STATUS = {
  REGISTERED: 'Geregistreerd',
  AWAITING_APPROVAL: 'Wacht op goedkeuring',
  FUNDED: 'Betaald',
  HANDOVER_PENDING: 'Overdracht open',
  FOLLOW_UP: 'Nazorg',
  CLOSED: 'Afgesloten',
  WITHDRAWN: 'Ingetrokken',
  REJECTED: 'Afgewezen',
  EXPIRED: 'Verlopen',
  INSUFFICIENT_BUDGET: 'Onvoldoende budget',
};

export const DECISION = {
  MANDAAT: 'Binnen mandaat',
  GOEDGEKEURD: 'Goedgekeurd',
  AFGEWEZEN: 'Afgewezen',
  OPEN: 'Wacht op besluit',
  GEEN_BUDGET: 'Geen budget',
};

export const URGENCY = {
  ACUUT: 'Acuut (binnen uren)',
  URGENT: 'Urgent (binnen een dag)',
  REGULIER: 'Regulier (binnen enkele dagen)',
};

export const LEVEL = {
  APPROVER: 'Topambtenaar',
  EXECUTIVE: 'Burgemeester of wethouder',
};

export const CATEGORY = {
  ONDERDAK: 'Onderdak',
  VERVOER: 'Vervoer',
  LEVENSONDERHOUD: 'Levensonderhoud (eten, kleding)',
  COMMUNICATIE: 'Telefoon en communicatie',
  ZORG: 'Zorg en gezondheid',
  SCHULDEN: 'Schulden',
  DOCUMENTEN: 'Documenten en leges',
  OVERIG: 'Overig',
};

export const SITUATION_TYPE = {
  CRIMINELE_UITBUITING: 'Criminele uitbuiting',
  ARBEIDSUITBUITING: 'Arbeidsuitbuiting',
  SEKSUELE_UITBUITING: 'Seksuele uitbuiting',
  LOVERBOY: 'Loverboyproblematiek',
  ONDERMIJNING_OVERIG: 'Andere vorm van ondermijning',
};

export const AGE_BAND = {
  '0-17': '0 tot en met 17 jaar',
  '18-23': '18 tot en met 23 jaar',
  '24-34': '24 tot en met 34 jaar',
  '35-54': '35 tot en met 54 jaar',
  '55+': '55 jaar of ouder',
};

export const FOLLOW_UP_OUTCOME = {
  STABIEL: 'Stabiel: de hulp loopt',
  OPNIEUW_HULP_NODIG: 'Opnieuw hulp nodig',
};

export const GRONDSLAG = {
  MANDAAT: 'Mandaat',
  GOEDKEURING: 'Goedkeuring',
  ESCALATIE: 'Escalatie',
  CORRECTIE: 'Correctie',
};

export const EVENT = {
  REGISTERED: 'Interventie geregistreerd',
  SUBMITTED: 'Interventie ingediend',
  MANDATE_DEBITED: 'Betaald binnen mandaat',
  DEBITED: 'Budget afgeboekt',
  APPROVAL_REQUESTED: 'Goedkeuring gevraagd',
  APPROVED: 'Goedgekeurd',
  REJECTED: 'Afgewezen',
  ESCALATED: 'Geëscaleerd naar bestuurder',
  EXPIRED: 'Termijn verlopen',
  WITHDRAWN: 'Ingetrokken',
  INSUFFICIENT_BUDGET: 'Onvoldoende budget',
  FUNDED: 'Betaald',
  HANDOVER_PENDING: 'Wacht op overdracht',
  HANDOVER_CONFIRMED: 'Overdracht bevestigd',
  FOLLOW_UP_RECORDED: 'Nazorg vastgelegd',
  CLOSED: 'Afgesloten',
  STATUS_CHANGED: 'Status gewijzigd',
};

/** The Dutch label of a code, or the code itself when there is none. */
export function label(table, code) {
  if (code === null || code === undefined || code === '') return '–';
  return table[code] ?? String(code);
}
