// One budget for finance: the ledger for a period, the export in both formats, and the reconciliation result.

import { get, request, seg, ApiError } from '../api.js';
import { h, replace, param, announce } from '../dom.js';
import { formatDate, formatEuro, isoDateInAmsterdam } from '../format.js';
import { label, CATEGORY, GRONDSLAG } from '../labels.js';
import { startPage, showLoadError } from '../page.js';
import { pick, shortId } from '../view.js';
import { budgetFigures, categoryTable, evidenceOverdue } from '../budget-view.js';
import { actionForm, textField } from '../action-form.js';
import { hasRole } from '../session.js';

const box = document.getElementById('detail');
const budgetId = param('id');
let session;

function period() {
  return { from: document.getElementById('van').value, to: document.getElementById('tot').value };
}

function query(extra = {}) {
  const { from, to } = period();
  const q = new URLSearchParams({ budgetId, ...extra });
  if (from) q.set('from', from);
  if (to) q.set('to', to);
  return q;
}

function amountOf(entry) {
  const cents = pick(entry, 'amountCents', 'bedragCents');
  if (cents !== undefined) return formatEuro(cents);
  const euros = pick(entry, 'bedrag', 'amount');
  return euros !== undefined ? formatEuro(Math.round(Number(String(euros).replace(',', '.')) * 100)) : '–';
}

function ledgerTable(entries) {
  const corrected = new Set(entries.filter((e) => pick(e, 'grondslag', 'basis') === 'CORRECTIE').map((e) => pick(e, 'referentie', 'reference')));
  const reversible = (e) => {
    const basis = pick(e, 'grondslag', 'basis');
    return e.entryId && basis !== 'CORRECTIE' && basis !== 'VRIJVAL' && (pick(e, 'amountCents') ?? 1) > 0
      && !corrected.has(pick(e, 'referentie', 'reference'));
  };
  if (!entries.length) return h('p', {}, 'Er zijn geen boekingen in deze periode.');
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Grootboek' }, h('table', { id: 'grootboek', class: 'stack' },
    h('caption', {}, `${entries.length} boeking${entries.length === 1 ? '' : 'en'}`),
    h('thead', {}, h('tr', {}, ['Boekdatum', 'Interventie', 'Categorie', 'Omschrijving', 'Grondslag', 'Goedgekeurd door']
      .map((t) => h('th', { scope: 'col' }, t)), h('th', { scope: 'col', class: 'num' }, 'Bedrag'),
      canCorrect() ? h('th', { scope: 'col' }, 'Correctie') : null)),
    h('tbody', {}, entries.map((e) => h('tr', {},
      h('td', { 'data-label': 'Boekdatum' }, formatDate(pick(e, 'boekdatum', 'bookingDate', 'debitedAt'))),
      h('td', { 'data-label': 'Interventie' }, shortId(pick(e, 'interventie', 'interventionId'))),
      h('td', { 'data-label': 'Categorie' }, label(CATEGORY, pick(e, 'categorie', 'category'))),
      h('td', { 'data-label': 'Omschrijving' }, pick(e, 'omschrijving', 'description') ?? ''),
      h('td', { 'data-label': 'Grondslag' }, label(GRONDSLAG, pick(e, 'grondslag', 'basis'))),
      h('td', { 'data-label': 'Goedgekeurd door' }, pick(e, 'goedgekeurd_door', 'approvedBy') ?? ''),
      h('td', { class: 'num', 'data-label': 'Bedrag' }, amountOf(e)),
      canCorrect() ? h('td', { 'data-label': 'Correctie' }, reversible(e)
        ? h('button', { type: 'button', class: 'button-secondary', 'data-entry': e.entryId, onclick: () => showReversal(e) },
          'Terugboeken', h('span', { class: 'visually-hidden' }, ` ${e.reference || e.entryId}`))
        : '') : null)))));
}

function canCorrect() { return hasRole(session, 'finance'); }

/** A correction: a reversing entry, never a change to the booking itself (issue 9). */
function showReversal(e) {
  const target = document.getElementById('terugboeken');
  replace(target, actionForm({
    title: `Terugboeken: ${e.reference || e.entryId}`,
    intro: `Er komt een tegenboeking van ${amountOf(e)} met grondslag Correctie bij; het geld gaat terug naar het budget. De boeking zelf blijft staan.`,
    path: `/api/budgets/${seg(budgetId)}/ledger/${seg(e.entryId)}/reversal`,
    fields: [textField({ label: 'Reden van de correctie', field: 'reason', multiline: true, required: true })],
    buttons: [{ text: 'Terugboeking vastleggen', value: 'reversal', class: 'button-danger', body: (d) => ({ reason: d.reason }) }],
    onDone: async () => {
      announce('De terugboeking is vastgelegd.');
      await load('De terugboeking is vastgelegd.');
    },
  }));
  const heading = target.querySelector('h2');
  heading.setAttribute('tabindex', '-1');
  heading.focus();
}

async function loadLedger() {
  const target = document.getElementById('boekingen');
  const { from, to } = period();
  const q = new URLSearchParams();
  if (from) q.set('from', from);
  if (to) q.set('to', to);
  replace(target, h('p', { class: 'loading' }, 'Grootboek laden…'));
  try {
    const answer = await get(`/api/budgets/${seg(budgetId)}/ledger?${q}`);
    replace(target, ledgerTable(answer.entries || []));
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) showLoadError(target, error);
  }
}

async function download(format) {
  const status = document.getElementById('export-melding');
  try {
    const response = await request('GET', `/api/exports/ledger.csv?${query({ format })}`);
    const blob = await response.blob();
    const { from, to } = period();
    const name = `grootboek-${budgetId}-${from || 'begin'}-${to || 'eind'}-${format}.csv`;
    const url = URL.createObjectURL(blob);
    const link = h('a', { href: url, download: name, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    replace(status, h('p', { class: 'alert alert-ok' }, `${name} is gedownload.`));
    announce(`${name} is gedownload.`);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) showLoadError(status, error);
  }
}

async function loadSummary() {
  const target = document.getElementById('aansluiting');
  try {
    const s = await get(`/api/exports/ledger-summary?${new URLSearchParams({ budgetId })}`);
    const entries = Array.isArray(s.entries) ? s.entries.length : s.entries;
    replace(target,
      h('div', { class: `alert ${s.reconciles ? 'alert-ok' : 'alert-error'}`, id: 'aansluiting-uitkomst', 'data-reconciles': String(Boolean(s.reconciles)) },
        h('p', {}, h('strong', {}, s.reconciles ? 'Het grootboek sluit aan op het budget.' : 'Het grootboek sluit NIET aan op het budget.')),
        h('p', {}, s.reconciles ? 'Toegekend is gelijk aan beschikbaar plus afgeboekt, en afgeboekt is gelijk aan de som van de boekingen.'
          : 'Neem contact op met de beheerder: toegekend, beschikbaar en de boekingen verschillen.')),
      h('dl', { class: 'amounts' },
        h('dt', {}, 'Toegekend'), h('dd', {}, formatEuro(s.allocatedCents)),
        h('dt', {}, 'Beschikbaar'), h('dd', {}, formatEuro(s.availableCents)),
        h('dt', {}, 'Afgeboekt'), h('dd', {}, formatEuro(s.debitedCents)),
        s.ledgerCents !== undefined ? [h('dt', {}, 'Som van de boekingen'), h('dd', {}, formatEuro(s.ledgerCents))] : null,
        h('dt', {}, 'Aantal boekingen'), h('dd', {}, String(entries ?? '–'))));
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) showLoadError(target, error);
  }
}

function render(b, message) {
  const today = isoDateInAmsterdam();
  replace(box,
    h('h1', { id: 'titel', tabindex: '-1' }, `${b.name} (${b.year})`),
    message ? h('div', { class: 'alert alert-ok' }, h('p', {}, message)) : null,
    budgetFigures(b),
    categoryTable(b),
    evidenceOverdue(b),
    h('h2', {}, 'Aansluiting'),
    h('div', { id: 'aansluiting' }, h('p', { class: 'loading' }, 'Aansluiting berekenen…')),
    h('h2', { id: 'periode-titel' }, 'Grootboek over een periode'),
    h('form', { id: 'periode', 'aria-labelledby': 'periode-titel', onsubmit: (e) => { e.preventDefault(); loadLedger(); } },
      h('div', { class: 'inline-fields' },
        h('div', { class: 'field' }, h('label', { for: 'van' }, 'Van (boekdatum)'), h('input', { type: 'date', id: 'van', value: `${b.year}-01-01` })),
        h('div', { class: 'field' }, h('label', { for: 'tot' }, 'Tot en met'), h('input', { type: 'date', id: 'tot', value: today < `${b.year}-12-31` ? today : `${b.year}-12-31` }))),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button-secondary' }, 'Grootboek tonen'))),
    h('div', { id: 'boekingen', 'aria-live': 'polite' }),
    h('div', { id: 'terugboeken' }),
    h('h2', {}, 'Exporteren'),
    h('p', {}, 'De export bevat de boekingen van de gekozen periode, zonder gegevens over personen.'),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'button-primary', id: 'export-nl', onclick: () => download('nl') }, 'Download voor Excel (puntkomma)'),
      h('button', { type: 'button', class: 'button-secondary', id: 'export-rfc4180', onclick: () => download('rfc4180') }, 'Download CSV (RFC 4180, komma)')),
    h('div', { id: 'export-melding', 'aria-live': 'polite' }),
    h('p', {}, h('a', { href: 'budgetten.html' }, 'Terug naar de budgetten')));
  document.title = `${b.name} – Doorbraak`;
  loadSummary();
  loadLedger();
}

async function load(message) {
  try {
    render(await get(`/api/budgets/${seg(budgetId)}`), message);
    if (message) document.getElementById('titel').focus();
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) showLoadError(box, error);
  }
}

session = startPage({ roles: ['finance', 'auditor'] });
if (session) {
  if (!budgetId) showLoadError(box, { message: 'Er is geen budget gekozen.' });
  else load();
}
