// Dutch formatting of money, dates and countdowns. Pure functions: no DOM, no network.

const NBSP = '\u00a0';

/** Formats integer euro cents as `€ 1.234,56` (a non-breaking space after the sign so it never wraps). */
export function formatEuro(cents) {
  if (cents === null || cents === undefined || Number.isNaN(Number(cents))) return '–';
  const value = Math.round(Number(cents));
  const abs = Math.abs(value);
  const euros = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const rest = String(abs % 100).padStart(2, '0');
  return `€${NBSP}${value < 0 ? '-' : ''}${euros},${rest}`;
}

/**
 * Reads an amount typed by a person (`12,50`, `1.234,56`, `€ 1234`, `12.5`) as integer cents, or null when it is
 * not an amount. Only the format is checked here; whether the amount is allowed is for the server to decide.
 */
export function parseEuro(text) {
  if (text === null || text === undefined) return null;
  let s = String(text).replace(/[€\s\u00a0]/g, '');
  if (s === '') return null;
  let negative = false;
  if (s.startsWith('-')) { negative = true; s = s.slice(1); }
  let whole; let fraction = '';
  if (s.includes(',')) {
    const parts = s.split(',');
    if (parts.length !== 2) return null;
    whole = parts[0].replace(/\./g, '');
    if (parts[0].includes('.') && !/^\d{1,3}(\.\d{3})+$/.test(parts[0])) return null;
    fraction = parts[1];
  } else if (/^\d{1,3}(\.\d{3})+$/.test(s)) {
    whole = s.replace(/\./g, '');
  } else if (s.includes('.')) {
    const parts = s.split('.');
    if (parts.length !== 2) return null;
    [whole, fraction] = parts;
  } else {
    whole = s;
  }
  if (whole === '') whole = '0';
  if (!/^\d+$/.test(whole) || !/^\d{0,2}$/.test(fraction)) return null;
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return null;
  return negative ? -cents : cents;
}

/** Formats cents as a value for an input field: `1234,5` → `1234,50` (no thousands separator, easy to edit). */
export function centsToInput(cents) {
  if (cents === null || cents === undefined) return '';
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

const AMSTERDAM = 'Europe/Amsterdam';
const dateTimeParts = new Intl.DateTimeFormat('nl-NL', {
  timeZone: AMSTERDAM, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

function parts(date) {
  const out = {};
  for (const p of dateTimeParts.formatToParts(date)) out[p.type] = p.value;
  return out;
}

function toDate(value) {
  if (value === null || value === undefined || value === '') return null;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** An ISO-8601 instant as `29-11-2026 23:05`, in Amsterdam time. */
export function formatDateTime(value) {
  const d = toDate(value);
  if (!d) return '–';
  const p = parts(d);
  return `${p.day}-${p.month}-${p.year} ${p.hour}:${p.minute}`;
}

/** An ISO-8601 instant or a `YYYY-MM-DD` date as `29-11-2026` (a plain date is not shifted by time zones). */
export function formatDate(value) {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}-${m}-${y}`;
  }
  const d = toDate(value);
  if (!d) return '–';
  const p = parts(d);
  return `${p.day}-${p.month}-${p.year}`;
}

/** Today's date in Amsterdam as `YYYY-MM-DD` (for date inputs and query parameters). */
export function isoDateInAmsterdam(value = new Date()) {
  const p = parts(toDate(value));
  return `${p.year}-${p.month}-${p.day}`;
}

/** A `datetime-local` input value (the person's wall time) as an ISO-8601 UTC instant. */
export function localInputToIso(value) {
  const d = toDate(value);
  return d ? d.toISOString() : null;
}

/** The current moment as a `datetime-local` input value in the browser's time zone. */
export function nowAsLocalInput(now = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/**
 * The time left until a deadline, in Dutch: `nog 2 d 3 u`, `nog 3 u 05 min`, `nog 4 min 12 s`, or
 * `termijn verstreken` once it has passed.
 */
export function formatCountdown(deadline, now = Date.now()) {
  const d = toDate(deadline);
  if (!d) return '–';
  let seconds = Math.floor((d.getTime() - now) / 1000);
  if (seconds <= 0) return 'termijn verstreken';
  const days = Math.floor(seconds / 86400); seconds -= days * 86400;
  const hours = Math.floor(seconds / 3600); seconds -= hours * 3600;
  const minutes = Math.floor(seconds / 60); seconds -= minutes * 60;
  if (days > 0) return `nog ${days} d ${hours} u`;
  if (hours > 0) return `nog ${hours} u ${String(minutes).padStart(2, '0')} min`;
  return `nog ${minutes} min ${String(seconds).padStart(2, '0')} s`;
}

/** Seconds left until the deadline (negative once passed); for sorting and styling. */
export function secondsLeft(deadline, now = Date.now()) {
  const d = toDate(deadline);
  return d ? Math.floor((d.getTime() - now) / 1000) : Number.POSITIVE_INFINITY;
}
