// The signed-in person: the token (kept for this browser tab only) and what its claims say.
// The claims only steer the navigation; the server checks the token on every request.

const KEY = 'doorbraak.token';

export function saveToken(token) { sessionStorage.setItem(KEY, token); }

export function clearToken() { sessionStorage.removeItem(KEY); }

export function token() { return sessionStorage.getItem(KEY); }

function decodePart(part) {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** The claims of a JWT (not verified: that is the server's work), or null when it is not a JWT. */
export function claimsOf(jwt) {
  try {
    const parts = String(jwt).split('.');
    return parts.length === 3 ? decodePart(parts[1]) : null;
  } catch {
    return null;
  }
}

function groupsOf(claims) {
  const groups = claims['cognito:groups'] ?? claims.groups ?? [];
  if (Array.isArray(groups)) return groups;
  // API Gateway sometimes flattens lists to "[a b]" or "a,b"; accept both spellings.
  return String(groups).replace(/^\[|\]$/g, '').split(/[\s,]+/).filter(Boolean);
}

/** The current session `{token, sub, name, roles, tenant, expiresAt}`, or null when nobody is signed in. */
export function currentSession(now = Date.now()) {
  const jwt = token();
  if (!jwt) return null;
  const claims = claimsOf(jwt);
  if (!claims) return null;
  const expiresAt = claims.exp ? claims.exp * 1000 : null;
  if (expiresAt && expiresAt <= now) {
    clearToken();
    return null;
  }
  return {
    token: jwt,
    sub: claims.sub,
    name: claims.name || claims['cognito:username'] || claims.sub,
    roles: groupsOf(claims),
    tenant: claims['custom:tenant'] ?? claims.tenant ?? '',
    expiresAt,
  };
}

export function hasRole(session, ...roles) {
  return Boolean(session) && roles.some((r) => session.roles.includes(r));
}
