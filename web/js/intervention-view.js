// The parts of an intervention shown on its page and on the approval page: facts, measures, totals, timeline.

import { h } from './dom.js';
import { formatDateTime, formatEuro, formatCountdown } from './format.js';
import { label, CATEGORY, EVENT, FOLLOW_UP_OUTCOME, FOUND_AT, LEVEL, PAYMENT_METHOD, STATUS, SITUATION_TYPE, URGENCY, DECISION, AGE_BAND } from './labels.js';
import { decisionBadge, pick } from './view.js';

function facts(pairs) {
  return h('dl', { class: 'facts' }, pairs.filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

export function overview(item) {
  const situation = item.situation || {};
  return [
    facts([
      ['Urgentie', item.urgency ? label(URGENCY, item.urgency) : null],
      ['Soort situatie', situation.type ? label(SITUATION_TYPE, situation.type) : null],
      ['Waar aangetroffen', situation.foundAt ? label(FOUND_AT, situation.foundAt) : null],
      ['Pseudoniem', item.client ? item.client.pseudonym : null],
      ['Leeftijdsgroep', item.client && item.client.ageBand ? label(AGE_BAND, item.client.ageBand) : null],
      ['Ingediend door', item.requestedByName || item.requestedBy],
      ['Budget', item.budgetId],
      ['Kenmerk', h('code', {}, item.interventionId)],
    ]),
    situation.summary ? [h('h2', {}, 'Situatie en onderbouwing'), h('p', { class: 'justification' }, situation.summary)] : null,
  ];
}

export function measuresTable(measures = []) {
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Maatregelen' },
    h('table', { class: 'stack' },
      h('caption', {}, 'Maatregelen'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Omschrijving'), h('th', { scope: 'col' }, 'Categorie'),
        h('th', { scope: 'col' }, 'Urgent'), h('th', { scope: 'col', class: 'num' }, 'Bedrag'), h('th', { scope: 'col' }, 'Besluit'))),
      h('tbody', {}, measures.map((m, i) => h('tr', { 'data-measure': i },
        h('td', { 'data-label': 'Omschrijving' }, m.description),
        h('td', { 'data-label': 'Categorie' }, label(CATEGORY, m.category)),
        h('td', { 'data-label': 'Urgent' }, m.urgent ? 'Ja' : 'Nee'),
        h('td', { class: 'num', 'data-label': 'Bedrag' }, formatEuro(m.amountCents)),
        h('td', { 'data-label': 'Besluit' }, m.decision ? decisionBadge(m.decision) : '–'))))));
}

export function totalsList(totals = {}) {
  return h('dl', { class: 'amounts', 'aria-label': 'Bedragen' },
    h('dt', {}, 'Gevraagd'), h('dd', { 'data-total': 'requested' }, formatEuro(totals.requestedCents)),
    h('dt', {}, 'Binnen mandaat'), h('dd', { 'data-total': 'mandate' }, formatEuro(totals.mandateCents)),
    h('dt', {}, 'Goedgekeurd'), h('dd', { 'data-total': 'approved' }, formatEuro(totals.approvedCents)),
    h('dt', {}, 'Afgeboekt van het budget'), h('dd', { 'data-total': 'debited' }, formatEuro(totals.debitedCents)));
}

export function approvalFacts(approval) {
  if (!approval) return null;
  return [h('h2', {}, 'Goedkeuring'), facts([
    ['Niveau', label(LEVEL, approval.level)],
    ['Uiterlijk', approval.deadline ? `${formatDateTime(approval.deadline)}${approval.decision ? '' : ` (${formatCountdown(approval.deadline)})`}` : null],
    ['Besluit', approval.decision ? label(DECISION, approval.decision) : 'Nog niet genomen'],
    ['Bedrag', approval.amountCents !== undefined ? formatEuro(approval.amountCents) : null],
    ['Geëscaleerd', approval.escalated ? 'Ja, naar burgemeester of wethouder' : null],
    ['Besloten door', approval.decidedByName || approval.decidedBy],
    ['Besloten op', approval.decidedAt ? formatDateTime(approval.decidedAt) : null],
    ['Toelichting', approval.comment],
  ])];
}

export function handoverFacts(handover) {
  if (!handover) return null;
  return [h('h2', {}, 'Overdracht'), facts([
    ['Gepland naar', handover.organisation],
    ['Binnen', handover.dueInDays !== undefined ? `${handover.dueInDays} dagen` : null],
    ['Uiterlijk', pick(handover, 'dueAt', 'due') ? formatDateTime(pick(handover, 'dueAt', 'due')) : null],
    ['Overgedragen aan', handover.confirmedOrganisation],
    ['Bevestigd op', pick(handover, 'confirmedAt', 'completedAt') ? formatDateTime(pick(handover, 'confirmedAt', 'completedAt')) : null],
    ['Bevestigd door', handover.confirmedByName || handover.confirmedBy],
    ['Notitie', handover.note],
  ])];
}

export function followUpFacts(followUp) {
  if (!followUp) return null;
  return [h('h2', {}, 'Nazorg'), facts([
    ['Uitkomst', label(FOLLOW_UP_OUTCOME, followUp.outcome)],
    ['Vastgelegd op', followUp.recordedAt ? formatDateTime(followUp.recordedAt) : null],
    ['Vastgelegd door', followUp.recordedByName || followUp.recordedBy],
    ['Notitie', followUp.note],
  ])];
}

export function withdrawalFacts(withdrawal) {
  if (!withdrawal) return null;
  return [h('h2', {}, 'Ingetrokken'), facts([
    ['Op', withdrawal.withdrawnAt ? formatDateTime(withdrawal.withdrawnAt) : null],
    ['Door', withdrawal.withdrawnByName || withdrawal.withdrawnBy],
    ['Reden', withdrawal.reason],
  ])];
}

const DETAIL = { OVERGEDRAGEN: 'Overgedragen', APPROVER: 'Topambtenaar', EXECUTIVE: 'Burgemeester of wethouder' };

const DETAIL_KEYS = {
  amountCents: 'bedrag', releasedCents: 'terug naar het budget', method: 'betaalwijze', measureIndex: 'maatregel',
  level: 'niveau', status: 'status', reason: 'reden',
};

/** A timeline detail in words: text as it is, an object (or JSON text) as Dutch `key: value` pairs, amounts in euros. */
function detailText(detail) {
  let value = detail;
  if (typeof value === 'string' && value.trim().startsWith('{')) {
    try { value = JSON.parse(value); } catch { /* plain text after all */ }
  }
  if (typeof value !== 'object' || value === null) return STATUS[value] || LEVEL[value] || DETAIL[value] || String(value);
  return Object.entries(value)
    .filter(([k, v]) => k !== 'entryId' && k !== 'reversalEntryId' && v !== false && v !== null && !(k === 'releasedCents' && v === 0))
    .map(([k, v]) => {
      const name = DETAIL_KEYS[k] || k;
      if (/Cents$/.test(k) && Number.isFinite(v)) return `${name}: ${formatEuro(v)}`;
      if (k === 'measureIndex' && Number.isInteger(v)) return `${name}: ${v + 1}`;
      if (k === 'method') return `${name}: ${label(PAYMENT_METHOD, v)}`;
      if (k === 'toClient') return 'aan de betrokkene zelf';
      return `${name}: ${typeof v === 'object' ? JSON.stringify(v) : (STATUS[v] || LEVEL[v] || v)}`;
    }).join(', ');
}

export function timeline(entries = []) {
  if (!entries.length) return null;
  return [h('h2', {}, 'Tijdlijn'), h('ol', { class: 'timeline' }, entries.map((e) => h('li', { 'data-event': e.event },
    h('time', { datetime: e.at }, formatDateTime(e.at)),
    h('span', { class: 'event' }, EVENT[e.event] || label(STATUS, e.event)),
    e.actorName || e.actor ? h('span', { class: 'note' }, ` · ${e.actorName || e.actor}`) : null,
    e.detail ? h('div', { class: 'note' }, detailText(e.detail)) : null)))];
}
