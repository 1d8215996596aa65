// The embedded file store lives on the API server itself, which also serves this app. Its signed
// URLs carry the server's configured public address; used as a path on the page's own origin they
// work however the user reached the app (localhost, 127.0.0.1, a LAN name) and stay same-origin,
// which uploads (no CORS) and the PDF preview (framed only by its own origin) need. S3 URLs pass
// through unchanged.

const EMBEDDED_STORE_PATH = '/api/v1/storage/';

export function storageUrl(url: string): string {
  try {
    const parsed = new URL(url, window.location.origin);
    if (parsed.pathname.startsWith(EMBEDDED_STORE_PATH)) return parsed.pathname + parsed.search;
  } catch {
    // Not a URL: leave it to the caller's request to fail with a clear error.
  }
  return url;
}
