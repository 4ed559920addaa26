// Budget figures shared by the budgets overview and a budget's own page.

import { h } from './dom.js';
import { formatDateTime, formatEuro } from './format.js';
import { label, CATEGORY } from './labels.js';

export function budgetFigures(b) {
  return h('dl', { class: 'amounts' },
    h('dt', {}, 'Toegekend'), h('dd', { 'data-amount': 'allocated' }, formatEuro(b.allocatedCents)),
    h('dt', {}, 'Afgeboekt'), h('dd', { 'data-amount': 'debited' }, formatEuro(b.debitedCents)),
    h('dt', {}, 'Beschikbaar'), h('dd', { 'data-amount': 'available' }, formatEuro(b.availableCents)),
    b.committedCents !== undefined ? [h('dt', {}, 'Verplicht, nog niet betaald'), h('dd', { 'data-amount': 'committed' }, formatEuro(b.committedCents))] : null,
    b.paidCents !== undefined ? [h('dt', {}, 'Betaald (met betaalbewijs)'), h('dd', { 'data-amount': 'paid' }, formatEuro(b.paidCents))] : null,
    b.pendingApprovalCents !== undefined ? [h('dt', {}, 'Wacht op goedkeuring'), h('dd', { 'data-amount': 'pending' }, formatEuro(b.pendingApprovalCents))] : null,
    b.closed ? [h('dt', {}, 'Boekjaar'), h('dd', {}, 'Afgesloten')] : null,
    h('dt', {}, 'Mandaat zorgmarinier'), h('dd', {}, formatEuro(b.mandateLimitCents)),
    h('dt', {}, 'Grens topambtenaar'), h('dd', {}, formatEuro(b.approverLimitCents)));
}

export function categoryTable(b) {
  const rows = Object.entries(b.byCategory || {}).filter(([, cents]) => cents !== 0);
  if (!rows.length) return h('p', { class: 'note' }, 'Nog niets afgeboekt.');
  return h('div', { class: 'table-wrap' }, h('table', {},
    h('caption', {}, `Afgeboekt per categorie, ${b.name}`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Categorie'), h('th', { scope: 'col', class: 'num' }, 'Bedrag'))),
    h('tbody', {}, rows.map(([code, cents]) => h('tr', { 'data-category': code },
      h('th', { scope: 'row' }, label(CATEGORY, code)), h('td', { class: 'num' }, formatEuro(cents)))))));
}

/** Funded measures without payment evidence after 14 days (issue 9), or nothing. */
export function evidenceOverdue(b) {
  const rows = b.evidenceOverdue || [];
  if (!rows.length) return null;
  return [h('h2', {}, 'Zonder betaalbewijs na 14 dagen'), h('div', { class: 'table-wrap' }, h('table', { class: 'stack' },
    h('caption', {}, `${rows.length} gefinancierde maatregel${rows.length === 1 ? '' : 'en'} zonder betaalbewijs`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Referentie'), h('th', { scope: 'col' }, 'Geboekt'),
      h('th', { scope: 'col', class: 'num' }, 'Open'))),
    h('tbody', {}, rows.map((p) => h('tr', {},
      h('td', { 'data-label': 'Referentie' }, h('a', { href: `interventie.html?id=${encodeURIComponent(p.interventionId)}` }, p.reference || p.entryId)),
      h('td', { 'data-label': 'Geboekt' }, formatDateTime(p.bookedAt)),
      h('td', { class: 'num', 'data-label': 'Open' }, formatEuro(p.committedCents ?? p.fundedCents)))))))];
}
