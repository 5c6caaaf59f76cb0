/** The login address that brings the user back to `current` afterwards. */
export function loginPath(current: string): string {
  return current === '/' || current.startsWith('/login')
    ? '/login'
    : `/login?next=${encodeURIComponent(current)}`;
}

/**
 * Where to go after signing in. `next` comes from the address bar, so only a path on this site is
 * accepted: `//host` and `/\host` are read by browsers as another site.
 */
export function safeNextPath(next: string | null): string {
  return next && /^\/(?![/\\])/.test(next) ? next : '/';
}
