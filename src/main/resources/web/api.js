// The JSON API: one function, errors turned into ApiError with the server's code and message.

/** An error answer of the API ({"error": {"code", "message"}}) or a network failure. */
export class ApiError extends Error {
  constructor(code, message, retryAfterMs = 0) {
    super(message);
    this.code = code;
    this.retryAfterMs = retryAfterMs;
  }
}

/** GETs path with the given parameters (arrays repeat the parameter, empty values are left out). */
export async function getJson(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== '' && item !== null && item !== undefined) query.append(name, String(item));
    }
  }
  const url = query.size ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = body && body.error ? body.error : {};
    const retryAfter = Number(response.headers.get('Retry-After'));
    throw new ApiError(error.code || `http_${response.status}`, error.message || `The server answered ${response.status}.`,
      Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(retryAfter, 5) * 1000 : 500);
  }
  return body;
}

/** The API path of a story id; ids contain slashes, so each segment is encoded on its own. */
export function storyPath(prefix, id) {
  return `${prefix}/${id.split('/').map(encodeURIComponent).join('/')}`;
}
