// Calls to the JSON API; errors become Error objects with the server's one-line message.

export const FILTER_KEYS = ["q", "category", "actor", "recipient", "place", "from", "to", "outlet", "status"];

export function query(params) {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== "") u.set(k, String(v));
  }
  const str = u.toString();
  return str ? "?" + str : "";
}

export async function get(path, params) {
  const res = await fetch("/api" + path + query(params), { headers: { Accept: "application/json" } });
  let body = null;
  try { body = await res.json(); } catch (_) { /* not JSON */ }
  if (!res.ok) {
    const msg = (body && body.error && body.error.message) || res.statusText;
    const err = new Error(msg);
    err.status = res.status;
    throw err;
  }
  return body;
}

/** The filter values out of a params object (the hash's query). */
export function pickFilters(params) {
  const out = {};
  for (const k of FILTER_KEYS) if (params[k]) out[k] = params[k];
  return out;
}
