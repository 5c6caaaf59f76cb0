import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { ApiError, setUnauthorizedHandler } from './api/client.ts';
import { api } from './api/endpoints.ts';
import type { Permission, Session } from './api/types.ts';
import { loginPath } from './nextPath.ts';
import { navigate } from './router.tsx';
import { clearOutbox } from './offline/outbox.ts';

type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; reason?: 'expired' }
  | { status: 'authenticated'; session: Session };

interface SessionContextValue {
  state: SessionState;
  login: (username: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

let earlyCheck: Promise<Session> | undefined;

/**
 * Starts the session check before the first render (main.tsx), answered by the request index.html
 * already preloads; the provider takes it over instead of asking again.
 */
export function startSessionCheck(): void {
  earlyCheck = api.me();
  // handled by the provider; until it mounts, a 401 is no unhandled rejection
  earlyCheck.catch(() => undefined);
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    const check = earlyCheck ?? api.me();
    earlyCheck = undefined;
    check.then(
      (session) => !controller.signal.aborted && setState({ status: 'authenticated', session }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        // Any failure of the probe (401, server down) starts at the login page, which reports errors.
        if (!(error instanceof ApiError) || error.status !== 401)
          console.warn('session probe failed', error);
        setState({ status: 'anonymous' });
      },
    );
    setUnauthorizedHandler(() => {
      setState({ status: 'anonymous', reason: 'expired' });
      navigate(loginPath(window.location.pathname + window.location.search), { replace: true });
    });
    return () => {
      controller.abort();
      setUnauthorizedHandler(undefined);
    };
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const session = await api.login(username, password);
    setState({ status: 'authenticated', session });
  }, []);

  const logout = useCallback(async () => {
    // Queued offline submissions belong to this user: never sent under the next one's session.
    clearOutbox();
    try {
      await api.logout();
    } catch (error) {
      // the session is forgotten locally either way; the server expires it on its own
      console.warn('logout failed', error);
    }
    setState({ status: 'anonymous' });
    navigate('/login');
  }, []);

  const value = useMemo(() => ({ state, login, logout }), [state, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSessionContext(): SessionContextValue {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSessionContext outside SessionProvider');
  return context;
}

/** The signed-in session; only for components rendered inside the authenticated layout. */
export function useSession(): Session & { can: (permission: Permission) => boolean } {
  const { state } = useSessionContext();
  if (state.status !== 'authenticated') throw new Error('useSession without a signed-in user');
  const { session } = state;
  return { ...session, can: (permission) => session.permissions.includes(permission) };
}
