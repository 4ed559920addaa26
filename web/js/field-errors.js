// Shows the API's field errors next to the fields they concern, linked with aria-describedby, and lists them in an
// error summary that takes the focus (so screen readers announce it), each linking to its field.
//
// Inputs carry `data-field` with the API's path (`client.pseudonym`, `measures[2].amountCents`). A path without an
// input of its own falls back to its parent (`measures[2]` for a row, then `measures`), and else only to the summary.

import { h, replace } from './dom.js';

/** The candidate paths for a field path, most specific first: a.b[2].c → a.b[2].c, a.b[2], a.b, a. */
export function pathCandidates(path) {
  const normalized = String(path).replace(/\.(\d+)(?=\.|$)/g, '[$1]');
  const out = [normalized];
  let p = normalized;
  while (true) {
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) break;
    p = p.slice(0, cut);
    out.push(p);
  }
  return out;
}

/** The element showing the field at `path` (an input, or a fieldset/group for a row or a list), or null. */
export function findField(form, path) {
  for (const candidate of pathCandidates(path)) {
    const el = form.querySelector(`[data-field="${CSS.escape(candidate)}"]`);
    if (el) return el;
  }
  return null;
}

let counter = 0;

function focusTarget(el) {
  if (el.matches('input, select, textarea, button')) return el;
  return el.querySelector('input, select, textarea, button') || el;
}

/** Removes every error shown in `form` and hides the summary. */
export function clearErrors(form, summary) {
  for (const msg of form.querySelectorAll('.field-error')) {
    const owner = form.querySelector(`[aria-describedby~="${msg.id}"]`);
    if (owner) {
      const rest = owner.getAttribute('aria-describedby').split(/\s+/).filter((id) => id && id !== msg.id);
      if (rest.length) owner.setAttribute('aria-describedby', rest.join(' '));
      else owner.removeAttribute('aria-describedby');
    }
    msg.remove();
  }
  for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  for (const el of form.querySelectorAll('.has-error')) el.classList.remove('has-error');
  if (summary) {
    summary.hidden = true;
    replace(summary);
  }
}

/**
 * Shows `message` and `fields` (path → Dutch text): each next to its field, all in the summary, which gets the focus.
 * Returns the number of field errors that found their field.
 */
export function showErrors(form, summary, message, fields = {}) {
  clearErrors(form, summary);
  const items = [];
  let placed = 0;
  for (const [path, text] of Object.entries(fields || {})) {
    const field = findField(form, path);
    if (!field) {
      items.push(h('li', {}, text));
      continue;
    }
    placed += 1;
    const target = focusTarget(field);
    if (!target.id) target.id = `veld-${++counter}`;
    const id = `fout-${++counter}`;
    const msg = h('p', { class: 'field-error', id }, h('span', { class: 'visually-hidden' }, 'Fout: '), text);
    const wrapper = field.closest('.field') || field;
    wrapper.classList.add('has-error');
    const anchor = wrapper.querySelector(':scope > label, :scope > legend, :scope > .hint:last-of-type');
    if (wrapper === field && field.matches('input, select, textarea')) field.before(msg);
    else if (anchor && anchor.parentElement === wrapper) {
      const hint = wrapper.querySelector(':scope > .hint');
      (hint || anchor).after(msg);
    } else wrapper.prepend(msg);
    target.setAttribute('aria-invalid', 'true');
    const describedBy = (target.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
    target.setAttribute('aria-describedby', [...describedBy, id].join(' '));
    items.push(h('li', {}, h('a', {
      href: `#${target.id}`,
      onclick: (e) => { e.preventDefault(); target.focus(); target.scrollIntoView({ block: 'center' }); },
    }, text)));
  }
  if (summary) {
    const headingId = summary.id ? `${summary.id}-titel` : `samenvatting-${++counter}`;
    replace(summary,
      h('h2', { id: headingId }, 'Er is een probleem'),
      h('p', {}, message || 'Controleer de gemarkeerde velden.'),
      items.length ? h('ul', {}, items) : null);
    summary.setAttribute('aria-labelledby', headingId);
    summary.setAttribute('tabindex', '-1');
    summary.hidden = false;
    summary.focus();
  }
  return placed;
}
