// A small form that posts one action to the API and shows its errors next to its fields.

import { ApiError, post } from './api.js';
import { h } from './dom.js';
import { clearErrors, showErrors } from './field-errors.js';

let counter = 0;

/** A labelled text field; `field` is the API path its errors arrive under. */
export function textField({ label, field, hint, multiline = false, value = '', required = false }) {
  const id = `a${++counter}`;
  const hintId = hint ? `${id}-hint` : null;
  const control = multiline
    ? h('textarea', { id, name: field, 'data-field': field, rows: 3, 'aria-describedby': hintId, required })
    : h('input', { type: 'text', id, name: field, 'data-field': field, 'aria-describedby': hintId, required });
  control.value = value;
  return h('div', { class: 'field' }, h('label', { for: id }, label), hint ? h('p', { class: 'hint', id: hintId }, hint) : null, control);
}

/** A labelled select; `options` maps value → label. */
export function selectField({ label, field, options, value = '', hint }) {
  const id = `a${++counter}`;
  const hintId = hint ? `${id}-hint` : null;
  const select = h('select', { id, name: field, 'data-field': field, 'aria-describedby': hintId },
    Object.entries(options).map(([code, text]) => h('option', { value: code }, text)));
  if (value) select.value = value; // else the first option stays chosen
  return h('div', { class: 'field' }, h('label', { for: id }, label), hint ? h('p', { class: 'hint', id: hintId }, hint) : null, select);
}

/** A labelled input of another type (datetime-local, date); `attrs` are added to the input. */
export function inputField({ label, field, type, value = '', hint, attrs = {} }) {
  const id = `a${++counter}`;
  const hintId = hint ? `${id}-hint` : null;
  return h('div', { class: 'field' }, h('label', { for: id }, label), hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    h('input', { type, id, name: field, 'data-field': field, 'aria-describedby': hintId, value, ...attrs }));
}

/** A group of radio buttons; `options` maps value → label. */
export function radioField({ legend, field, options, value }) {
  const name = `r${++counter}`;
  return h('fieldset', { class: 'field', 'data-field': field }, h('legend', {}, legend),
    Object.entries(options).map(([code, text]) => {
      const id = `${name}-${code}`;
      return h('div', { class: 'radio' },
        h('input', { type: 'radio', id, name: field, value: code, checked: code === value }), h('label', { for: id }, text));
    }));
}

/**
 * A form with an error summary, `fields`, and one submit button per entry of `buttons`
 * (`{text, class, body: (formData) => requestBody}`), posting to `path`; `onDone(answer, button)` runs after success.
 */
export function actionForm({ title, path, fields, buttons, onDone, intro }) {
  const titleId = `f${++counter}`;
  const summary = h('div', { class: 'error-summary', hidden: true, id: `${titleId}-fouten` });
  const form = h('form', { novalidate: true, 'aria-labelledby': titleId });
  const actions = h('div', { class: 'actions' });
  for (const button of buttons) {
    actions.append(h('button', { type: 'submit', class: button.class || 'button-primary', value: button.value || '', 'data-action': button.value || '' }, button.text));
  }
  form.append(summary, ...fields, actions);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const clicked = buttons.find((b) => (b.value || '') === (event.submitter ? event.submitter.value : '')) || buttons[0];
    const data = Object.fromEntries(new FormData(form).entries());
    for (const b of form.querySelectorAll('button')) b.disabled = true;
    clearErrors(form, summary);
    try {
      const answer = await post(typeof path === 'function' ? path(data) : path, clicked.body(data));
      await onDone(answer, clicked);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return;
      showErrors(form, summary, error.message || 'Er ging iets mis. Probeer het opnieuw.', error.fields || {});
    } finally {
      for (const b of form.querySelectorAll('button')) b.disabled = false;
    }
  });
  return h('section', { class: 'panel' }, h('h2', { id: titleId }, title), intro ? h('p', {}, intro) : null, form);
}
