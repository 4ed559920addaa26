// The frame every page shares: who is signed in, the menu their roles allow, signing out, and the page's guard.
// The menu only hides what a role cannot use; the server refuses it anyway.

import { h, replace } from './dom.js';
import { config } from './config.js';
import { clearToken, currentSession, hasRole } from './session.js';
import { logoutUrl } from './cognito.js';
import { ROLES } from './labels.js';

const MENU = [
  { href: 'nieuw.html', text: 'Nieuwe interventie', roles: ['zorgmarinier'] },
  { href: 'interventies.html', text: 'Interventies', roles: ['zorgmarinier', 'approver', 'executive', 'finance', 'auditor'] },
  { href: 'goedkeuringen.html', text: 'Goedkeuringen', roles: ['approver', 'executive'] },
  { href: 'budgetten.html', text: 'Budgetten', roles: ['finance', 'auditor'] },
];

/** The first page for someone with these roles. */
export function homeFor(session) {
  if (hasRole(session, 'approver', 'executive')) return 'goedkeuringen.html';
  if (hasRole(session, 'finance')) return 'budgetten.html';
  return 'interventies.html';
}

function currentFile() {
  const file = window.location.pathname.split('/').pop();
  return file || 'index.html';
}

async function signOut() {
  clearToken();
  const cfg = await config();
  window.location.assign(cfg.auth === 'cognito' ? logoutUrl(cfg) : 'index.html');
}

function renderHeader(session) {
  const menu = document.getElementById('menu');
  const here = currentFile();
  if (menu) {
    replace(menu, MENU.filter((item) => hasRole(session, ...item.roles)).map((item) => h('li', {},
      h('a', { href: item.href, 'aria-current': item.href === here ? 'page' : null }, item.text))));
  }
  const who = document.getElementById('wie');
  if (who) {
    const roles = session.roles.map((r) => ROLES[r] || r).join(', ');
    replace(who,
      h('span', { class: 'wie-naam' }, session.name),
      h('span', { class: 'wie-rol' }, `${roles}${session.tenant ? ` · ${session.tenant}` : ''}`),
      h('button', { type: 'button', class: 'link-button', onclick: signOut }, 'Uitloggen'));
  }
}

/**
 * Starts a page: sends someone who is not signed in to the login page, draws the header and refuses the page to
 * roles it is not meant for. Returns the session, or null when the page must not go on.
 */
export function startPage({ roles } = {}) {
  const session = currentSession();
  if (!session) {
    window.location.replace(`index.html?terug=${encodeURIComponent(currentFile() + window.location.search)}`);
    return null;
  }
  renderHeader(session);
  if (roles && !hasRole(session, ...roles)) {
    const main = document.getElementById('inhoud');
    replace(main,
      h('h1', {}, 'Geen toegang'),
      h('p', {}, 'Deze pagina hoort niet bij uw rol.'),
      h('p', {}, h('a', { href: homeFor(session) }, 'Naar uw startpagina')));
    return null;
  }
  return session;
}

/** Shows a message about a failed load in place of the page's content. */
export function showLoadError(container, error) {
  replace(container, h('div', { class: 'alert alert-error', role: 'alert' },
    h('p', {}, error && error.message ? error.message : 'Het laden is mislukt.')));
}
