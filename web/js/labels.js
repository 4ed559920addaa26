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
  ESCALATED: 'Geëscaleerd naar bestuurder',
  FUNDED: 'Gefinancierd',
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
  VERVOER: 'Vervoer',
  ONDERDAK: 'Onderdak',
  SCHULDEN: 'Schulden',
  VEILIGHEID: 'Veiligheid',
  LEVENSONDERHOUD: 'Levensonderhoud (eten, kleding)',
  WERK_SCHOOL: 'Werk of school',
  ZORG: 'Zorg',
  OVERIG: 'Overig',
};

export const SITUATION_TYPE = {
  CRIMINELE_UITBUITING: 'Criminele uitbuiting',
  SEKSUELE_UITBUITING: 'Seksuele uitbuiting',
  ARBEIDSUITBUITING: 'Arbeidsuitbuiting',
  WOONUITBUITING: 'Woonuitbuiting',
  GOKSCHULDEN: 'Gokschulden',
  HENNEP_KATVANGER: 'Hennepteelt of katvanger',
  GELDEZEL: 'Geldezel',
  SYSTEEMSLACHTOFFER: 'Slachtoffer van het systeem',
  OVERIG: 'Overig',
};

export const FOUND_AT = {
  HOTSPOT: 'Op een hotspot',
  KAMERVERHUUR: 'In kamerverhuur',
  SCHOOL_HANGPLEK: 'Bij school of een hangplek',
  ONLINE: 'Online',
  THUIS: 'Thuis',
  VIA_PARTNER: 'Via een partner',
  OVERIG: 'Elders',
};

export const AGE_BAND = {
  '0-11': '0 tot en met 11 jaar',
  '12-15': '12 tot en met 15 jaar',
  '16-17': '16 of 17 jaar',
  '18-22': '18 tot en met 22 jaar',
  '23-26': '23 tot en met 26 jaar',
  '27-44': '27 tot en met 44 jaar',
  '45-64': '45 tot en met 64 jaar',
  '65+': '65 jaar of ouder',
};

export const FOLLOW_UP_OUTCOME = {
  STABIEL: 'Stabiel: de hulp loopt',
  OPNIEUW_HULP_NODIG: 'Opnieuw hulp nodig',
};

export const PAYMENT_METHOD = {
  PINPAS: 'Pinpas',
  CONTANT: 'Contant',
  FACTUUR: 'Factuur',
  OVERBOEKING: 'Overboeking',
};

export const GRONDSLAG = {
  VRIJVAL: 'Vrijval (lager betaald)',
  MANDAAT: 'Mandaat',
  GOEDKEURING: 'Goedkeuring',
  ESCALATIE: 'Escalatie',
  CORRECTIE: 'Correctie',
};

export const EVENT = {
  REGISTERED: 'Interventie geregistreerd',
  SUBMITTED: 'Interventie ingediend',
  MANDATE_DECIDED: 'Mandaat bepaald',
  MANDATE_DEBITED: 'Betaald binnen mandaat',
  FOLLOW_UP_DUE: 'Tijd voor de nazorg',
  HANDOVER_OVERDUE: 'Overdracht over tijd',
  DECIDED: 'Besluit genomen',
  PAYMENT_RECORDED: 'Betaling vastgelegd',
  LEDGER_REVERSED: 'Boeking teruggeboekt',
  DEBITED: 'Budget afgeboekt',
  APPROVAL_REQUESTED: 'Goedkeuring gevraagd',
  APPROVED: 'Goedgekeurd',
  REJECTED: 'Afgewezen',
  ESCALATED: 'Geëscaleerd naar bestuurder',
  EXPIRED: 'Termijn verlopen',
  WITHDRAWN: 'Ingetrokken',
  INSUFFICIENT_BUDGET: 'Onvoldoende budget',
  FUNDED: 'Gefinancierd',
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
