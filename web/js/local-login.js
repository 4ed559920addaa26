// Local sign-in: the local stack issues a signed token for a chosen demo user through POST /local/token.
// This module is the only one that knows that endpoint (it does not exist on AWS).

/** Fictional demo users of the municipality GM0363, one per role (two zorgmariniers: a team works as one). */
export const DEMO_USERS = [
  { sub: 'demo-zorgmarinier-1', name: 'Sanne de Wit', groups: ['zorgmarinier'], tenant: 'GM0363' },
  { sub: 'demo-zorgmarinier-2', name: 'Youssef Amrani', groups: ['zorgmarinier'], tenant: 'GM0363' },
  { sub: 'demo-approver-1', name: 'Marleen Kok', groups: ['approver'], tenant: 'GM0363' },
  { sub: 'demo-executive-1', name: 'Pieter Hendriks', groups: ['executive'], tenant: 'GM0363' },
  { sub: 'demo-finance-1', name: 'Ingrid Mulder', groups: ['finance'], tenant: 'GM0363' },
];

/** Asks the local stack for a token for `user` and returns it. */
export async function localToken(user, apiBase = '') {
  const response = await fetch(`${apiBase}/local/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ sub: user.sub, name: user.name, groups: user.groups, tenant: user.tenant }),
  });
  if (!response.ok) throw new Error(`Inloggen mislukt (HTTP ${response.status}).`);
  const body = await response.json();
  const jwt = body.token ?? body.idToken ?? body.id_token ?? body.access_token;
  if (!jwt) throw new Error('Inloggen mislukt: de server gaf geen token.');
  return jwt;
}
