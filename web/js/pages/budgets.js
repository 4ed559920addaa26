// Finance's overview: every budget with allocated, available and debited amounts and a breakdown by category.

import { get, ApiError } from '../api.js';
import { h, replace } from '../dom.js';
import { budgetFigures, categoryTable } from '../budget-view.js';
import { startPage, showLoadError } from '../page.js';

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

if (startPage({ roles: ['finance', 'auditor'] })) load();
