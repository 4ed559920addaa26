// Local sign-in: the local stack issues a signed token for a chosen demo user through POST /local/token.
// This module is the only one that knows that endpoint (it does not exist on AWS).

/**
 * The fictional demo users of Voorbeeldstad (GM9999), the same as in demo/seed.json, so `./doorbraak local --demo`
 * shows its seeded interventions to them (a test keeps the two lists equal).
 */
export const DEMO_USERS = [
  { sub: 'zm-anna', name: 'Anna de Wit', groups: ['zorgmarinier'], tenant: 'GM9999' },
  { sub: 'zm-bram', name: 'Bram Jansen', groups: ['zorgmarinier'], tenant: 'GM9999' },
  { sub: 'ap-carla', name: 'Carla Smit (topambtenaar)', groups: ['approver'], tenant: 'GM9999' },
  { sub: 'ex-dirk', name: 'Dirk van Dam (wethouder)', groups: ['executive'], tenant: 'GM9999' },
  { sub: 'fi-eva', name: 'Eva Bakker (financiën)', groups: ['finance'], tenant: 'GM9999' },
  { sub: 'au-fatima', name: 'Fatima El Amrani (auditor)', groups: ['auditor'], tenant: 'GM9999' },
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
