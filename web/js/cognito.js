// Sign-in on AWS: Cognito's hosted login with the OpenID Connect authorization code flow and PKCE (S256).
// The ID token is used as bearer token: it carries `cognito:groups` and `custom:tenant` for the JWT authorizer.

const VERIFIER = 'doorbraak.pkce.verifier';
const STATE = 'doorbraak.pkce.state';

function base64url(bytes) {
  let s = '';
  for (const b of new Uint8Array(bytes)) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomString(bytes = 32) {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

function redirectUri(cfg) {
  return cfg.redirectUri || new URL('index.html', document.baseURI).href;
}

function domain(cfg) {
  return cfg.domain.startsWith('http') ? cfg.domain.replace(/\/$/, '') : `https://${cfg.domain}`;
}

/** Sends the browser to the hosted login page. */
export async function startLogin(cfg) {
  const verifier = randomString(48);
  const state = randomString(16);
  sessionStorage.setItem(VERIFIER, verifier);
  sessionStorage.setItem(STATE, state);
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const url = new URL(`${domain(cfg)}/oauth2/authorize`);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: cfg.clientId,
    redirect_uri: redirectUri(cfg),
    scope: cfg.scopes || 'openid profile email',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  window.location.assign(url.href);
}

/** When the page was opened by the hosted login's redirect, exchanges the code for tokens and returns the ID token. */
export async function finishLogin(cfg) {
  const params = new URLSearchParams(window.location.search);
  const code = params.get('code');
  if (!code) return null;
  const expected = sessionStorage.getItem(STATE);
  const verifier = sessionStorage.getItem(VERIFIER);
  sessionStorage.removeItem(STATE);
  sessionStorage.removeItem(VERIFIER);
  window.history.replaceState(null, '', window.location.pathname);
  if (!expected || params.get('state') !== expected || !verifier) {
    throw new Error('Inloggen mislukt: de aanvraag klopt niet. Probeer opnieuw.');
  }
  const response = await fetch(`${domain(cfg)}/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', client_id: cfg.clientId, code, redirect_uri: redirectUri(cfg), code_verifier: verifier,
    }),
  });
  if (!response.ok) throw new Error(`Inloggen mislukt (HTTP ${response.status}). Probeer opnieuw.`);
  const tokens = await response.json();
  return tokens.id_token;
}

/** Ends the hosted login session too. */
export function logoutUrl(cfg) {
  const url = new URL(`${domain(cfg)}/logout`);
  url.search = new URLSearchParams({ client_id: cfg.clientId, logout_uri: redirectUri(cfg) }).toString();
  return url.href;
}
