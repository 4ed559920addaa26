// The list of interventions of the tenant, with status; a zorgmarinier can narrow it to their own.

import { get, ApiError } from '../api.js';
import { h, replace, param } from '../dom.js';
import { formatDateTime, formatEuro } from '../format.js';
import { label, SITUATION_TYPE, STATUS, URGENCY } from '../labels.js';
import { startPage, showLoadError } from '../page.js';
import { hasRole } from '../session.js';
import { pick, shortId, statusBadge } from '../view.js';

const list = document.getElementById('lijst');
const filter = document.getElementById('filter');
const statusSelect = document.getElementById('status-filter');
const mine = document.getElementById('mine');

function card(item) {
  const id = item.interventionId;
  const requested = pick(item, 'requestedCents', 'totalCents') ?? pick(item.totals, 'requestedCents');
  const created = pick(item, 'submittedAt', 'createdAt', 'registeredAt');
  const summary = pick(item.situation, 'summary') ?? item.summary;
  return h('li', { class: 'card', 'data-intervention': id },
    h('h2', {}, h('a', { href: `interventie.html?id=${encodeURIComponent(id)}` }, `Interventie ${shortId(id)}`)),
    h('p', { class: 'meta' }, statusBadge(item.status), ' ',
      item.urgency ? label(URGENCY, item.urgency) : null),
    h('dl', { class: 'facts' },
      item.pseudonym ? [h('dt', {}, 'Pseudoniem'), h('dd', {}, item.pseudonym)] : null,
      item.situationType ? [h('dt', {}, 'Situatie'), h('dd', {}, label(SITUATION_TYPE, item.situationType))] : null,
      requested !== undefined ? [h('dt', {}, 'Gevraagd'), h('dd', {}, formatEuro(requested))] : null,
      created ? [h('dt', {}, 'Ingediend'), h('dd', {}, formatDateTime(created))] : null,
      item.requestedByName || item.requestedBy ? [h('dt', {}, 'Door'), h('dd', {}, item.requestedByName || item.requestedBy)] : null,
      summary ? [h('dt', {}, 'Beschrijving'), h('dd', {}, summary)] : null));
}

async function load() {
  const query = new URLSearchParams();
  if (statusSelect.value) query.set('status', statusSelect.value);
  if (mine.checked) query.set('mine', 'true');
  replace(list, h('p', { class: 'loading' }, 'Interventies laden…'));
  try {
    const answer = await get(`/api/interventions${query.size ? `?${query}` : ''}`);
    const items = answer.interventions || [];
    replace(list, items.length
      ? [h('p', {}, `${items.length} interventie${items.length === 1 ? '' : 's'}.`), h('ul', { class: 'cards' }, items.map(card))]
      : h('p', {}, 'Er zijn geen interventies die aan het filter voldoen.'));
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) showLoadError(list, error);
  }
}

const session = startPage();
if (session) {
  for (const [code, text] of Object.entries(STATUS)) statusSelect.append(h('option', { value: code }, text));
  if (param('status')) statusSelect.value = param('status');
  if (hasRole(session, 'zorgmarinier')) {
    replace(document.getElementById('nieuw-link'), h('a', { class: 'button button-primary', href: 'nieuw.html' }, 'Nieuwe interventie'));
    mine.checked = param('mine') === 'true';
  } else {
    document.getElementById('mine-field').hidden = true;
  }
  filter.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new URLSearchParams();
    if (statusSelect.value) query.set('status', statusSelect.value);
    if (mine.checked) query.set('mine', 'true');
    window.history.replaceState(null, '', `interventies.html${query.size ? `?${query}` : ''}`);
    load();
  });
  load();
}
