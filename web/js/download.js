// Downloads an API answer as a file: the API needs the bearer token, so a plain link cannot fetch it.

import { request } from './api.js';
import { h } from './dom.js';

/** Fetches `path` with the token and saves the answer as `filename`. */
export async function download(path, filename) {
  const response = await request('GET', path);
  const url = URL.createObjectURL(await response.blob());
  const link = h('a', { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
