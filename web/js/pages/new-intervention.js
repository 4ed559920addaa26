// The intervention form: measures as rows to add and remove, a live total against the mandate, the API's field
// errors next to their fields.

import { get, post, ApiError } from '../api.js';
import { h, replace, announce } from '../dom.js';
import { showErrors, clearErrors } from '../field-errors.js';
import { formatEuro, parseEuro, centsToInput } from '../format.js';
import { AGE_BAND, CATEGORY, FOUND_AT, LEVEL, SITUATION_TYPE, URGENCY, label } from '../labels.js';
import { approvalLevel, splitByMandate } from '../mandate.js';
import { startPage, showLoadError } from '../page.js';

const DRAFT = 'doorbraak.draft';
const form = document.getElementById('interventie');
const summary = document.getElementById('fouten');
const rowsBox = document.getElementById('maatregelen');
const budgetSelect = document.getElementById('budget');
let budgets = [];
let rowCounter = 0;
const idempotencyKey = crypto.randomUUID ? crypto.randomUUID()
  : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

function options(select, table, placeholder) {
  replace(select, h('option', { value: '' }, placeholder),
    Object.entries(table).map(([code, text]) => h('option', { value: code }, text)));
}

function urgencyRadios() {
  const box = document.getElementById('urgenties');
  replace(box, Object.entries(URGENCY).map(([code, text]) => h('div', { class: 'radio' },
    h('input', { type: 'radio', id: `urgentie-${code}`, name: 'urgency', value: code, checked: code === 'ACUUT' }),
    h('label', { for: `urgentie-${code}` }, text))));
}

function rows() { return Array.from(rowsBox.querySelectorAll('.measure')); }

/** Gives every row its position in the paths the API uses for errors: measures[i].amountCents. */
function reindex() {
  rows().forEach((row, i) => {
    row.dataset.field = `measures[${i}]`;
    row.querySelector('legend').textContent = `Maatregel ${i + 1}`;
    for (const input of row.querySelectorAll('[data-name]')) input.dataset.field = `measures[${i}].${input.dataset.name}`;
    row.querySelector('.remove').textContent = `Maatregel ${i + 1} verwijderen`;
    row.querySelector('.remove').hidden = rows().length === 1;
  });
}

function addRow(measure = {}) {
  const n = ++rowCounter;
  const id = (name) => `m${n}-${name}`;
  const category = h('select', { id: id('categorie'), 'data-name': 'category', required: true });
  options(category, CATEGORY, 'Kies een categorie');
  if (measure.category) category.value = measure.category;
  const row = h('fieldset', { class: 'measure' },
    h('legend', {}, 'Maatregel'),
    h('div', { class: 'measure-grid' },
      h('div', { class: 'field' }, h('label', { for: id('categorie') }, 'Categorie'), category),
      h('div', { class: 'field' },
        h('label', { for: id('bedrag') }, 'Bedrag in euro'),
        h('p', { class: 'hint', id: id('bedrag-hint') }, 'Bijvoorbeeld 85,50'),
        h('input', {
          type: 'text', id: id('bedrag'), class: 'amount', inputmode: 'decimal', autocomplete: 'off',
          'data-name': 'amountCents', 'aria-describedby': id('bedrag-hint'), required: true,
          value: measure.amountCents ? centsToInput(measure.amountCents) : '',
        })),
      h('div', { class: 'field wide' },
        h('label', { for: id('omschrijving') }, 'Omschrijving'),
        h('input', { type: 'text', id: id('omschrijving'), 'data-name': 'description', required: true, value: measure.description || '' })),
      h('div', { class: 'field wide' },
        h('div', { class: 'check' },
          h('input', { type: 'checkbox', id: id('urgent'), 'data-name': 'urgent', checked: Boolean(measure.urgent) }),
          h('label', { for: id('urgent') }, 'Urgent: kan niet wachten')))),
    h('p', { class: 'row-verdict note', 'aria-hidden': 'true' }),
    h('p', {}, h('button', { type: 'button', class: 'remove button-danger', onclick: () => removeRow(row) }, 'Verwijderen')));
  rowsBox.append(row);
  reindex();
  updateTotals();
  return row;
}

function removeRow(row) {
  const index = rows().indexOf(row);
  row.remove();
  reindex();
  updateTotals();
  const next = rows()[index] || rows()[index - 1];
  (next ? next.querySelector('select, input') : document.getElementById('maatregel-toevoegen')).focus();
  announce(`Maatregel ${index + 1} verwijderd. Nog ${rows().length} maatregel${rows().length === 1 ? '' : 'en'}.`);
}

function readMeasures() {
  return rows().map((row) => {
    const value = (name) => row.querySelector(`[data-name="${name}"]`);
    return {
      category: value('category').value || null,
      description: value('description').value.trim(),
      amountCents: parseEuro(value('amountCents').value),
      urgent: value('urgent').checked,
    };
  });
}

function selectedBudget() { return budgets.find((b) => b.budgetId === budgetSelect.value) || null; }

let liveTimer;
function updateTotals() {
  const budget = selectedBudget();
  const measures = readMeasures();
  const split = splitByMandate(measures, budget ? budget.mandateLimitCents : null);
  document.getElementById('totaal-gevraagd').textContent = formatEuro(split.totalCents);
  document.getElementById('totaal-mandaat').textContent = formatEuro(split.mandateCents);
  document.getElementById('totaal-goedkeuring').textContent = formatEuro(split.approvalCents);
  const explain = document.getElementById('totaal-uitleg');
  const level = budget ? approvalLevel(split.approvalCents, budget.approverLimitCents) : null;
  explain.textContent = budget
    ? `Uw mandaat: ${formatEuro(budget.mandateLimitCents)} aan urgente maatregelen (samen met wat u deze betrokkene de afgelopen 30 dagen binnen mandaat gaf). `
      + `Beschikbaar in het budget: ${formatEuro(budget.availableCents)}. `
      + (level ? `Goedkeuring door: ${label(LEVEL, level)}. ` : '')
      + 'Dit is een voorlopige berekening; de gemeente beslist bij het indienen.'
    : 'Kies een budget om uw mandaat te zien.';
  rows().forEach((row, i) => {
    const verdict = { MANDAAT: 'Valt binnen uw mandaat', GOEDKEURING: 'Vraagt goedkeuring', ONBEKEND: '' }[split.rows[i]];
    row.querySelector('.row-verdict').textContent = budget ? verdict : '';
  });
  clearTimeout(liveTimer);
  liveTimer = setTimeout(() => {
    document.getElementById('totaal-live').textContent = `Totaal ${formatEuro(split.totalCents)}, binnen mandaat ${formatEuro(split.mandateCents)}, vraagt goedkeuring ${formatEuro(split.approvalCents)}.`;
  }, 1200);
}

function intOrNull(value) {
  if (value === '' || value === null) return null;
  const n = Number(value);
  return Number.isInteger(n) ? n : null;
}

function requestBody() {
  const value = (id) => document.getElementById(id).value;
  const urgency = form.querySelector('input[name="urgency"]:checked');
  return {
    idempotencyKey,
    budgetId: budgetSelect.value || null,
    client: { pseudonym: value('pseudoniem').trim(), ageBand: value('leeftijd') || null },
    situation: { type: value('situatie-soort') || null, foundAt: value('gevonden') || null, summary: value('samenvatting').trim() },
    urgency: urgency ? urgency.value : null,
    measures: readMeasures(),
    handover: { organisation: value('organisatie').trim(), dueInDays: intOrNull(value('overdracht-dagen')) },
    followUpDays: intOrNull(value('nazorg-dagen')),
    consent: document.getElementById('toestemming').checked,
  };
}

/** Amounts that are typed but are not an amount at all: a format error the browser can name without asking. */
function unreadableAmounts() {
  const fields = {};
  rows().forEach((row, i) => {
    const input = row.querySelector('[data-name="amountCents"]');
    if (input.value.trim() !== '' && parseEuro(input.value) === null) {
      fields[`measures[${i}].amountCents`] = 'Vul een bedrag in euro in, bijvoorbeeld 85,50.';
    }
  });
  return fields;
}

async function submit(event) {
  event.preventDefault();
  const unreadable = unreadableAmounts();
  if (Object.keys(unreadable).length) {
    showErrors(form, summary, 'Niet alle bedragen zijn te lezen.', unreadable);
    return;
  }
  const button = document.getElementById('indienen');
  button.disabled = true;
  clearErrors(form, summary);
  try {
    const created = await post('/api/interventions', requestBody());
    sessionStorage.removeItem(DRAFT);
    window.location.assign(`interventie.html?id=${encodeURIComponent(created.interventionId)}&ingediend=1`);
  } catch (error) {
    button.disabled = false;
    if (error instanceof ApiError && error.status !== 401) showErrors(form, summary, error.message, error.fields);
    else if (!(error instanceof ApiError)) showErrors(form, summary, 'Er ging iets mis. Probeer het opnieuw.', {});
  }
}

function prefill() {
  const raw = sessionStorage.getItem(DRAFT);
  if (!raw) return [];
  try {
    const draft = JSON.parse(raw);
    if (draft.client) {
      document.getElementById('pseudoniem').value = draft.client.pseudonym || '';
      document.getElementById('leeftijd').value = draft.client.ageBand || '';
    }
    if (draft.situation && draft.situation.type) document.getElementById('situatie-soort').value = draft.situation.type;
    if (draft.budgetId) budgetSelect.dataset.preferred = draft.budgetId;
    return Array.isArray(draft.measures) ? draft.measures : [];
  } catch {
    return [];
  }
}

async function loadBudgets() {
  try {
    const answer = await get('/api/budgets');
    budgets = Array.isArray(answer) ? answer : (answer.budgets || []);
    replace(budgetSelect, h('option', { value: '' }, budgets.length ? 'Kies een budget' : 'Er is geen budget'),
      budgets.map((b) => h('option', { value: b.budgetId }, `${b.name} (${b.year})`)));
    const preferred = budgetSelect.dataset.preferred;
    if (preferred && budgets.some((b) => b.budgetId === preferred)) budgetSelect.value = preferred;
    else if (budgets.length === 1) budgetSelect.value = budgets[0].budgetId;
    updateTotals();
  } catch (error) {
    if (error.status !== 401) showLoadError(document.getElementById('resultaat'), error);
  }
}

if (startPage({ roles: ['zorgmarinier'] })) {
  options(document.getElementById('leeftijd'), AGE_BAND, 'Kies een leeftijdsgroep');
  options(document.getElementById('situatie-soort'), SITUATION_TYPE, 'Kies een soort situatie');
  urgencyRadios();
  options(document.getElementById('gevonden'), FOUND_AT, 'Kies waar');
  const drafted = prefill();
  if (drafted.length) drafted.forEach((m) => addRow(m)); else addRow();
  document.getElementById('maatregel-toevoegen').addEventListener('click', () => {
    const row = addRow();
    row.querySelector('select').focus();
    announce(`Maatregel ${rows().length} toegevoegd.`);
  });
  form.addEventListener('input', updateTotals);
  form.addEventListener('change', updateTotals);
  form.addEventListener('submit', submit);
  loadBudgets();
}
