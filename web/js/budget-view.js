// Budget figures shared by the budgets overview and a budget's own page.

import { h } from './dom.js';
import { formatEuro } from './format.js';
import { label, CATEGORY } from './labels.js';

export function budgetFigures(b) {
  return h('dl', { class: 'amounts' },
    h('dt', {}, 'Toegekend'), h('dd', { 'data-amount': 'allocated' }, formatEuro(b.allocatedCents)),
    h('dt', {}, 'Afgeboekt'), h('dd', { 'data-amount': 'debited' }, formatEuro(b.debitedCents)),
    h('dt', {}, 'Beschikbaar'), h('dd', { 'data-amount': 'available' }, formatEuro(b.availableCents)),
    b.committedCents !== undefined ? [h('dt', {}, 'Verplicht, nog niet betaald'), h('dd', {}, formatEuro(b.committedCents))] : null,
    b.pendingApprovalCents !== undefined ? [h('dt', {}, 'Wacht op goedkeuring'), h('dd', {}, formatEuro(b.pendingApprovalCents))] : null,
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
