// The login page: locally a choice of demo users, on AWS Cognito's hosted login.

import { config } from '../config.js';
import { h, replace, param } from '../dom.js';
import { DEMO_USERS, localToken } from '../local-login.js';
import { startLogin, finishLogin } from '../cognito.js';
import { saveToken, currentSession } from '../session.js';
import { homeFor } from '../page.js';
import { ROLES } from '../labels.js';

const box = document.getElementById('login');
const notice = document.getElementById('melding');

function goOn() {
  const back = param('terug');
  const safe = back && /^[a-z-]+\.html(\?[^/]*)?$/.test(back) ? back : null;
  window.location.assign(safe || homeFor(currentSession()));
}

function fail(message) {
  replace(notice, h('div', { class: 'alert alert-error', role: 'alert' }, h('p', {}, message)));
}

function localChoice(cfg) {
  replace(box,
    h('p', {}, 'Dit is de lokale omgeving. Kies een demogebruiker om mee in te loggen; de gegevens zijn verzonnen.'),
    h('ul', { class: 'users', 'aria-label': 'Demogebruikers' }, DEMO_USERS.map((user) => h('li', {},
      h('button', {
        type: 'button', class: 'button-secondary', 'data-sub': user.sub,
        onclick: async (event) => {
          event.currentTarget.disabled = true;
          try {
            saveToken(await localToken(user, cfg.apiBase));
            goOn();
          } catch (error) {
            event.target.closest('button').disabled = false;
            fail(error.message);
          }
        },
      }, h('span', {}, user.name), h('span', { class: 'role' }, user.groups.map((g) => ROLES[g] || g).join(', ')))))));
}

function cognitoChoice(cfg) {
  replace(box,
    h('p', {}, 'Log in met het account dat u van uw gemeente heeft gekregen.'),
    h('p', {}, h('button', { type: 'button', class: 'button-primary', onclick: () => startLogin(cfg) }, 'Inloggen met uw gemeenteaccount')));
}

async function start() {
  if (param('reden') === 'verlopen') {
    replace(notice, h('div', { class: 'alert', role: 'status' }, h('p', {}, 'Uw sessie is verlopen. Log opnieuw in.')));
  }
  const cfg = await config();
  if (cfg.auth === 'cognito') {
    try {
      const idToken = await finishLogin(cfg);
      if (idToken) {
        saveToken(idToken);
        goOn();
        return;
      }
    } catch (error) {
      fail(error.message);
    }
    cognitoChoice(cfg);
  } else {
    localChoice(cfg);
  }
  const session = currentSession();
  if (session) {
    box.prepend(h('p', { class: 'alert' }, `U bent ingelogd als ${session.name}. `,
      h('a', { href: homeFor(session) }, 'Verder naar uw startpagina'), ' of kies hieronder een andere gebruiker.'));
  }
}

start();
