// Finance's overview: every budget with allocated, available and debited amounts and a breakdown by category.

import { get, ApiError } from '../api.js';
import { h, replace } from '../dom.js';
import { budgetFigures, categoryTable } from '../budget-view.js';
import { startPage, showLoadError } from '../page.js';
import { download } from '../download.js';
import { isoDateInAmsterdam } from '../format.js';
import { announce } from '../dom.js';
import { hasRole } from '../session.js';

const list = document.getElementById('lijst');

function card(b) {
  const href = `budget.html?id=${encodeURIComponent(b.budgetId)}`;
  return h('li', { class: 'card', 'data-budget': b.budgetId },
    h('h2', {}, h('a', { href }, `${b.name} (${b.year})`)),
    budgetFigures(b),
    categoryTable(b),
    h('p', { class: 'card-actions' }, h('a', { class: 'button button-secondary', href }, 'Grootboek, export en aansluiting')));
}

async function load() {
  try {
    const answer = await get('/api/budgets');
    const items = Array.isArray(answer) ? answer : (answer.budgets || []);
    replace(list, items.length ? h('ul', { class: 'cards' }, items.map(card)) : h('p', {}, 'Er zijn nog geen budgetten.'));
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) showLoadError(list, error);
  }
}

/** The auditor's export of every recorded action in a period (issue 9), as CSV or JSON. */
function auditExport() {
  const today = isoDateInAmsterdam();
  const status = h('div', { 'aria-live': 'polite' });
  const fetchExport = async (format) => {
    const from = document.getElementById('audit-van').value;
    const to = document.getElementById('audit-tot').value;
    const name = `auditlog-${from}-${to}.${format}`;
    try {
      await download(`/api/audit?${new URLSearchParams({ from, to, format })}`, name);
      replace(status, h('p', { class: 'alert alert-ok' }, `${name} is gedownload.`));
      announce(`${name} is gedownload.`);
    } catch (error) {
      if (error.status !== 401) showLoadError(status, error);
    }
  };
  return h('section', { class: 'panel', 'aria-labelledby': 'audit-titel' },
    h('h2', { id: 'audit-titel' }, 'Auditlog exporteren'),
    h('p', {}, 'Elke vastgelegde handeling in de periode: wie, wanneer, wat, voor en na. Zonder pseudoniemen of beschrijvingen van personen.'),
    h('div', { class: 'inline-fields' },
      h('div', { class: 'field' }, h('label', { for: 'audit-van' }, 'Van'), h('input', { type: 'date', id: 'audit-van', value: `${today.slice(0, 4)}-01-01` })),
      h('div', { class: 'field' }, h('label', { for: 'audit-tot' }, 'Tot en met'), h('input', { type: 'date', id: 'audit-tot', value: today }))),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'button-primary', onclick: () => fetchExport('csv') }, 'Download auditlog (CSV)'),
      h('button', { type: 'button', class: 'button-secondary', onclick: () => fetchExport('json') }, 'Download auditlog (JSON)')),
    status);
}

const session = startPage({ roles: ['finance', 'auditor'] });
if (session) {
  load();
  if (hasRole(session, 'auditor')) list.after(auditExport());
}
