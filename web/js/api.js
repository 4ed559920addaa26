// The HTTP API client: adds the bearer token, reads the API's error shape, sends an expired session to the login page.

import { config } from './config.js';
import { clearToken, token } from './session.js';

/** An answer of the API that is not a success: `{status, code, message, fields}` with Dutch texts. */
export class ApiError extends Error {
  constructor(status, code, message, fields = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields || {};
  }
}

const FALLBACK = {
  400: 'Niet alle gegevens zijn goed ingevuld.',
  403: 'U mag dit niet doen met uw rol.',
  404: 'Dit is niet gevonden.',
  409: 'Dit kan nu niet meer: de situatie is intussen veranderd. Laad de pagina opnieuw.',
};

async function errorFrom(response) {
  let body = null;
  try { body = await response.json(); } catch { /* not JSON */ }
  const error = body && body.error;
  const message = (error && error.message) || FALLBACK[response.status]
    || `Er ging iets mis op de server (HTTP ${response.status}). Probeer het later opnieuw.`;
  return new ApiError(response.status, (error && error.code) || `HTTP_${response.status}`, message, error && error.fields);
}

/** Calls the API and returns the raw Response of a success; throws ApiError otherwise. */
export async function request(method, path, body) {
  const cfg = await config();
  const headers = { Accept: 'application/json' };
  const jwt = token();
  if (jwt) headers.Authorization = `Bearer ${jwt}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(cfg.apiBase + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Geen verbinding met de server. Controleer de verbinding en probeer het opnieuw.');
  }
  if (response.status === 401) {
    clearToken();
    window.location.assign('index.html?reden=verlopen');
    throw new ApiError(401, 'UNAUTHORIZED', 'Uw sessie is verlopen. Log opnieuw in.');
  }
  if (!response.ok) throw await errorFrom(response);
  return response;
}

/** Calls the API and returns the parsed JSON body of a success. */
export async function api(method, path, body) {
  const response = await request(method, path, body);
  const text = await response.text();
  return text ? JSON.parse(text) : {};
}

export const get = (path) => api('GET', path);
export const post = (path, body) => api('POST', path, body ?? {});

/** Encodes one path segment. */
export const seg = (value) => encodeURIComponent(String(value));
