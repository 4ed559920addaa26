// The approver's inbox: pending requests of their level, most urgent first, with the deadline counting down.
// The server leaves out the caller's own requests; this page does not filter anything itself.

import { get, ApiError } from '../api.js';
import { h, replace } from '../dom.js';
import { formatCountdown, formatDateTime, formatEuro, secondsLeft } from '../format.js';
import { label, LEVEL, URGENCY } from '../labels.js';
import { startPage, showLoadError } from '../page.js';
import { shortId } from '../view.js';

const list = document.getElementById('lijst');

function tick() {
  for (const el of document.querySelectorAll('[data-deadline]')) {
    const left = secondsLeft(el.dataset.deadline);
    el.textContent = formatCountdown(el.dataset.deadline);
    el.classList.toggle('late', left < 3600);
  }
}

function card(a) {
  const href = `goedkeuring.html?taak=${encodeURIComponent(a.taskId)}&interventie=${encodeURIComponent(a.interventionId)}`;
  return h('li', { class: `card${secondsLeft(a.deadline) < 3600 ? ' urgent' : ''}`, 'data-task': a.taskId, 'data-intervention': a.interventionId },
    h('h2', {}, h('a', { href }, `${formatEuro(a.amountCents)} · interventie ${shortId(a.interventionId)}`)),
    h('p', { class: 'meta' }, label(URGENCY, a.urgency), ' · ', label(LEVEL, a.level)),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Besluit nodig'), h('dd', {},
        h('span', { class: 'countdown', 'data-deadline': a.deadline }, formatCountdown(a.deadline)),
        h('span', { class: 'note' }, ` (uiterlijk ${formatDateTime(a.deadline)})`)),
      h('dt', {}, 'Aangevraagd'), h('dd', {}, `${formatDateTime(a.requestedAt)} door ${a.requestedByName || a.requestedBy}`)),
    h('p', { class: 'card-actions' }, h('a', { class: 'button button-primary', href }, 'Bekijken en besluiten')));
}

async function load() {
  try {
    const answer = await get('/api/approvals');
    const items = [...(answer.approvals || [])].sort((a, b) => secondsLeft(a.deadline) - secondsLeft(b.deadline));
    replace(list, items.length
      ? [h('p', {}, `${items.length} aanvra${items.length === 1 ? 'ag wacht' : 'gen wachten'} op uw besluit.`), h('ul', { class: 'cards' }, items.map(card))]
      : h('p', { class: 'alert' }, 'Er wachten geen aanvragen op uw besluit.'));
    tick();
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) showLoadError(list, error);
  }
}

if (startPage({ roles: ['approver', 'executive'] })) {
  load();
  setInterval(tick, 1000);
  setInterval(load, 60000);
}
