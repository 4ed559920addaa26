// Where the pages find their settings: config.json next to the pages (written at deployment), local by default.

let cached;

/**
 * Returns `{auth: 'local'}` or `{auth: 'cognito', domain, clientId, redirectUri?, scopes?}`; `apiBase` (default '')
 * is prefixed to every `/api` path.
 */
export async function config() {
  if (cached) return cached;
  try {
    const response = await fetch(new URL('config.json', document.baseURI), { cache: 'no-store' });
    cached = response.ok ? await response.json() : { auth: 'local' };
  } catch {
    cached = { auth: 'local' };
  }
  cached.apiBase = cached.apiBase || '';
  return cached;
}
