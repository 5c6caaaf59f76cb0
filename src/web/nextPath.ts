/** The login address that brings the user back to `current` afterwards. */
export function loginPath(current: string): string {
  return current === '/' || current.startsWith('/login')
    ? '/login'
    : `/login?next=${encodeURIComponent(current)}`;
}

/**
 * Where to go after signing in. `next` comes from the address bar, so only a path on this site is
 * accepted: `//host` and `/\host` are read by browsers as another site, and browsers drop tabs and
 * line breaks from an address (`/\t/host` becomes `//host`), so control characters and
 * backslashes refuse it outright; what is left must resolve to this site's origin.
 */
export function safeNextPath(next: string | null): string {
  // eslint-disable-next-line no-control-regex
  if (!next || !next.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(next)) return '/';
  const base = 'https://lingyan.invalid';
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return '/';
  }
  return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : '/';
}
