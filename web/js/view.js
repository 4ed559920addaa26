// Small shared pieces of the pages: status badges, amounts, reading fields whose exact name may vary.

import { h } from './dom.js';
import { label, STATUS, DECISION } from './labels.js';

const OK = new Set(['FUNDED', 'HANDOVER_PENDING', 'FOLLOW_UP', 'CLOSED', 'MANDAAT', 'GOEDGEKEURD']);
const BAD = new Set(['REJECTED', 'EXPIRED', 'INSUFFICIENT_BUDGET', 'WITHDRAWN', 'AFGEWEZEN', 'GEEN_BUDGET']);
const OPEN = new Set(['AWAITING_APPROVAL', 'REGISTERED', 'OPEN']);

function badgeClass(code) {
  if (OK.has(code)) return 'badge badge-ok';
  if (BAD.has(code)) return 'badge badge-bad';
  if (OPEN.has(code)) return 'badge badge-open';
  return 'badge';
}

export function statusBadge(status) {
  return h('span', { class: badgeClass(status), 'data-status': status }, label(STATUS, status));
}

export function decisionBadge(decision) {
  return h('span', { class: badgeClass(decision), 'data-decision': decision }, label(DECISION, decision));
}

/** The first of these fields that the object has (the API may spell a field in camelCase or as the export does). */
export function pick(object, ...names) {
  if (!object) return undefined;
  for (const name of names) if (object[name] !== undefined && object[name] !== null) return object[name];
  return undefined;
}

/** A short, readable form of an id for headings (the full id stays in the page for reference). */
export function shortId(id) {
  const s = String(id ?? '');
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(s)) return s.slice(0, 8);
  return s.length > 28 ? `…${s.slice(-12)}` : s;
}
