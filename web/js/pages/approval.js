// One request for approval: the measures and the justification, then approve, or reject with a reason.

import { get, seg, ApiError } from '../api.js';
import { h, replace, param, announce } from '../dom.js';
import { formatCountdown, formatDateTime, formatEuro } from '../format.js';
import { label, LEVEL, STATUS, URGENCY } from '../labels.js';
import { actionForm, textField } from '../action-form.js';
import { overview, measuresTable, totalsList } from '../intervention-view.js';
import { startPage, showLoadError } from '../page.js';
import { shortId } from '../view.js';

const box = document.getElementById('detail');
const taskId = param('taak');
const interventionId = param('interventie');

function decided(answer, button) {
  const verb = button.value === 'APPROVE' ? 'goedgekeurd' : 'afgewezen';
  replace(box,
    h('h1', { id: 'titel', tabindex: '-1' }, `Aanvraag ${verb}`),
    h('div', { class: 'alert alert-ok' },
      h('p', {}, `U heeft de aanvraag ${verb}. De status van de interventie is nu: `,
        h('strong', { id: 'status-tekst', 'data-status': answer.status }, label(STATUS, answer.status)), '.')),
    h('p', {}, h('a', { href: `interventie.html?id=${encodeURIComponent(answer.interventionId || interventionId)}` }, 'Interventie bekijken')),
    h('p', {}, h('a', { href: 'goedkeuringen.html' }, 'Terug naar de goedkeuringen')));
  document.getElementById('titel').focus();
  announce(`Aanvraag ${verb}.`);
}

function budgetNote(budget) {
  if (!budget) return null;
  return h('p', { class: 'note', id: 'budget-stand' }, `Budget ${budget.name}: beschikbaar ${formatEuro(budget.availableCents)}`,
    budget.pendingApprovalCents !== undefined ? `, wacht op goedkeuring ${formatEuro(budget.pendingApprovalCents)}` : '', '.');
}

function render(item, task, budget) {
  const open = (item.measures || []).filter((m) => m.decision === 'OPEN');
  replace(box,
    h('h1', {}, `Aanvraag voor interventie ${shortId(item.interventionId)}`),
    task ? h('div', { class: 'alert' },
      h('p', {}, h('strong', {}, `${formatEuro(task.amountCents)} vraagt uw besluit`), ` (${label(LEVEL, task.level)}, ${label(URGENCY, task.urgency)}).`),
      h('p', {}, 'Besluit nodig: ', h('span', { class: 'countdown', 'data-deadline': task.deadline }, formatCountdown(task.deadline)),
        ` (uiterlijk ${formatDateTime(task.deadline)}).`))
      : h('div', { class: 'alert alert-error' }, h('p', {}, 'Deze aanvraag staat niet (meer) in uw lijst: er is al besloten, de termijn is verlopen, of u kunt er niet over besluiten.')),
    overview(item),
    measuresTable(item.measures),
    totalsList(item.totals),
    budgetNote(budget),
    open.length ? h('p', {}, `Uw besluit geldt voor ${open.length === 1 ? 'de maatregel' : `de ${open.length} maatregelen`} met ‘Wacht op besluit’.`) : null,
    task ? actionForm({
      title: 'Uw besluit',
      path: `/api/approvals/${seg(taskId)}/decision`,
      fields: [textField({
        label: 'Toelichting', field: 'comment', multiline: true,
        hint: 'Verplicht bij afwijzen: de zorgmarinier ziet uw reden.',
      })],
      buttons: [
        { text: 'Goedkeuren', value: 'APPROVE', class: 'button-primary', body: (d) => ({ decision: 'APPROVE', comment: d.comment || '' }) },
        { text: 'Afwijzen', value: 'REJECT', class: 'button-danger', body: (d) => ({ decision: 'REJECT', comment: d.comment || '' }) },
      ],
      onDone: decided,
    }) : null,
    h('p', {}, h('a', { href: 'goedkeuringen.html' }, 'Terug naar de goedkeuringen')));
}

async function load() {
  try {
    const [item, approvals] = await Promise.all([
      get(`/api/interventions/${seg(interventionId)}`),
      get('/api/approvals'),
    ]);
    let budget = null;
    try {
      if (item.budgetId) budget = await get(`/api/budgets/${seg(item.budgetId)}`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return;
      // the budget's figures are a help for deciding, not a condition: the decision form stays usable
    }
    render(item, (approvals.approvals || []).find((a) => a.taskId === taskId) || null, budget);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) showLoadError(box, error);
  }
}

if (startPage({ roles: ['approver', 'executive'] })) {
  if (!taskId || !interventionId) showLoadError(box, { message: 'Er is geen aanvraag gekozen.' });
  else {
    load();
    setInterval(() => {
      for (const el of document.querySelectorAll('[data-deadline]')) el.textContent = formatCountdown(el.dataset.deadline);
    }, 1000);
  }
}
