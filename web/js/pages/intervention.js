// One intervention: status, measures, totals, approval, handover, timeline, and the zorgmarinier's next step
// (confirm the handover, record the follow-up, or withdraw what still waits for approval).

import { get, seg, ApiError } from '../api.js';
import { h, replace, param, announce } from '../dom.js';
import { FOLLOW_UP_OUTCOME, PAYMENT_METHOD, STATUS, label } from '../labels.js';
import { centsToInput, formatEuro, localInputToIso, nowAsLocalInput, parseEuro } from '../format.js';
import { actionForm, inputField, radioField, selectField, textField } from '../action-form.js';
import { overview, measuresTable, totalsList, approvalFacts, handoverFacts, followUpFacts, withdrawalFacts, timeline } from '../intervention-view.js';
import { startPage, showLoadError } from '../page.js';
import { hasRole } from '../session.js';
import { shortId } from '../view.js';

const box = document.getElementById('detail');
const id = param('id');
const TRANSIENT = new Set(['REGISTERED', 'FUNDED']);
const WAITING = new Set(['AWAITING_APPROVAL', 'ESCALATED']);
let pollTimer;
let session;
let polls = 0;
let shownStatus = null;
let changingFrom = null; // the status an action was taken in, until the workflow has moved on
let notice = param('ingediend') ? 'Uw interventie is ingediend.' : null;

function actions(item) {
  if (!hasRole(session, 'zorgmarinier')) return null;
  const path = (action) => `/api/interventions/${seg(item.interventionId)}/${action}`;
  const done = (message) => async () => { notice = message; announce(message); changingFrom = item.status; polls = 0; await load(true); };
  if (item.status === 'HANDOVER_PENDING') {
    return actionForm({
      title: 'Overdracht bevestigen',
      intro: 'Bevestig dat de reguliere zorg het heeft overgenomen.',
      path: path('handover'),
      fields: [
        textField({ label: 'Organisatie die de zorg overneemt', field: 'organisation', value: item.handover ? item.handover.organisation || '' : '', required: true }),
        textField({ label: 'Notitie (optioneel)', field: 'note', multiline: true, hint: 'Geen namen of contactgegevens.' }),
      ],
      buttons: [{ text: 'Overdracht bevestigen', value: 'handover', body: (d) => ({ organisation: d.organisation, note: d.note || '' }) }],
      onDone: done('De overdracht is bevestigd.'),
    });
  }
  if (item.status === 'FOLLOW_UP') {
    return actionForm({
      title: 'Nazorg vastleggen',
      intro: 'Houd de vinger aan de pols: hoe gaat het nu?',
      path: path('follow-up'),
      fields: [
        radioField({ legend: 'Uitkomst', field: 'outcome', options: FOLLOW_UP_OUTCOME }),
        textField({ label: 'Notitie (optioneel)', field: 'note', multiline: true, hint: 'Geen namen of contactgegevens.' }),
      ],
      buttons: [{ text: 'Nazorg vastleggen', value: 'follow-up', body: (d) => ({ outcome: d.outcome || null, note: d.note || '' }) }],
      onDone: async (answer) => {
        const draft = answer && (answer.draft || answer.newIntervention || answer.prefill);
        if (draft) {
          sessionStorage.setItem('doorbraak.draft', JSON.stringify(draft));
          notice = 'De nazorg is vastgelegd. Er staat een nieuwe interventie klaar om in te vullen.';
        } else {
          notice = 'De nazorg is vastgelegd en de interventie is afgesloten.';
        }
        announce(notice);
        await load(true);
      },
    });
  }
  if (item.status === 'AWAITING_APPROVAL' || item.status === 'ESCALATED') {
    return actionForm({
      title: 'Aanvraag intrekken',
      intro: 'Trek de maatregelen in die nog op goedkeuring wachten. Wat al betaald is blijft staan.',
      path: path('withdraw'),
      fields: [textField({ label: 'Reden', field: 'reason', multiline: true, required: true })],
      buttons: [{ text: 'Aanvraag intrekken', class: 'button-danger', value: 'withdraw', body: (d) => ({ reason: d.reason }) }],
      onDone: done('De aanvraag is ingetrokken.'),
    });
  }
  return null;
}

/** Payment evidence (issue 9): how a funded measure was actually paid; a lower amount returns the rest to the budget. */
function paymentForm(item) {
  if (!hasRole(session, 'zorgmarinier')) return null;
  const funded = (item.measures || []).map((m, i) => ({ ...m, index: m.index ?? i })).filter((m) => m.debited);
  if (!funded.length) return null;
  const choices = Object.fromEntries(funded.map((m) => [String(m.index), `${m.index + 1}. ${m.description} (${formatEuro(m.amountCents)})`]));
  const section = actionForm({
    title: 'Betaling vastleggen',
    intro: 'Leg vast hoe een gefinancierde maatregel echt is betaald. Betaalde u minder, dan gaat het verschil terug naar het budget.',
    path: (d) => `/api/interventions/${seg(item.interventionId)}/measures/${seg(d.measure)}/payment`,
    fields: [
      selectField({ label: 'Maatregel', field: 'measure', options: choices }),
      inputField({ label: 'Betaald op', field: 'paidAt', type: 'datetime-local', value: nowAsLocalInput() }),
      selectField({ label: 'Betaalwijze', field: 'method', options: PAYMENT_METHOD }),
      textField({ label: 'Betaald aan', field: 'payee', hint: 'De winkel, verhuurder of organisatie; nooit de naam van de betrokkene. Geld aan de betrokkene zelf: CLIENT.' }),
      textField({ label: 'Bedrag in euro', field: 'amountCents', value: centsToInput(funded[0].amountCents), hint: 'Bijvoorbeeld 85,50' }),
      textField({ label: 'Bonnummer (optioneel)', field: 'receiptRef' }),
    ],
    buttons: [{
      text: 'Betaling vastleggen', value: 'payment',
      body: (d) => ({
        paidAt: localInputToIso(d.paidAt), method: d.method, payee: d.payee,
        amountCents: parseEuro(d.amountCents), ...(d.receiptRef ? { receiptRef: d.receiptRef } : {}),
      }),
    }],
    onDone: async (answer) => {
      notice = answer && answer.releasedCents
        ? `De betaling is vastgelegd; ${formatEuro(answer.releasedCents)} gaat terug naar het budget.`
        : 'De betaling is vastgelegd.';
      announce(notice);
      await load(true);
    },
  });
  const measure = section.querySelector('[data-field="measure"]');
  const amount = section.querySelector('[data-field="amountCents"]');
  measure.addEventListener('change', () => {
    const chosen = funded.find((m) => String(m.index) === measure.value);
    if (chosen) amount.value = centsToInput(chosen.amountCents);
  });
  return section;
}

function render(item) {
  const draftReady = sessionStorage.getItem('doorbraak.draft') && item.status === 'CLOSED';
  replace(box,
    h('h1', { id: 'titel', tabindex: '-1' }, `Interventie ${shortId(item.interventionId)}`),
    notice ? h('div', { class: 'alert alert-ok' }, h('p', {}, notice),
      draftReady ? h('p', {}, h('a', { href: 'nieuw.html' }, 'Nieuwe interventie invullen')) : null) : null,
    h('p', { class: 'lead' }, 'Status: ', h('strong', { id: 'status-tekst', 'data-status': item.status }, label(STATUS, item.status))),
    overview(item),
    measuresTable(item.measures),
    totalsList(item.totals),
    approvalFacts(item.approval),
    handoverFacts(item.handover),
    followUpFacts(item.followUp),
    withdrawalFacts(item.withdrawal),
    actions(item),
    paymentForm(item),
    timeline(item.timeline),
    h('p', {}, h('a', { href: 'interventies.html' }, 'Terug naar de interventies')));
  document.title = `Interventie ${shortId(item.interventionId)} – Doorbraak`;
}

async function load(afterAction = false) {
  try {
    const item = await get(`/api/interventions/${seg(id)}`);
    const focused = document.activeElement && document.activeElement.closest('form');
    if (focused && !afterAction && shownStatus === item.status) return; // do not redraw under someone typing
    render(item);
    if (shownStatus && shownStatus !== item.status && !afterAction) announce(`De status is nu: ${label(STATUS, item.status)}.`);
    shownStatus = item.status;
    if (afterAction) document.getElementById('titel').focus();
    clearTimeout(pollTimer);
    if (changingFrom && item.status !== changingFrom) changingFrom = null;
    if (TRANSIENT.has(item.status) || changingFrom) {
      polls += 1;
      pollTimer = setTimeout(() => load(), polls < 20 ? 1500 : 5000); // the workflow moves on within seconds
    } else if (WAITING.has(item.status)) {
      pollTimer = setTimeout(() => load(), 15000); // a decision comes within minutes; show it without a reload
    }
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) showLoadError(box, error);
  }
}

session = startPage();
if (session) {
  if (!id) showLoadError(box, { message: 'Er is geen interventie gekozen.' });
  else load();
}
