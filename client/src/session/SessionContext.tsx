// Who is signed in. Loaded once from GET /api/me?optional; any 401 from the API signs the client out.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { PublicUser } from '../../../shared/domain/records';
import { api, ApiError, onUnauthorized, request } from '../api';

export type SessionState = { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; user: PublicUser } | { status: 'unavailable'; message: string };

export interface Session {
  state: SessionState;
  /** The signed-in user, or null while loading or signed out. */
  user: PublicUser | null;
  signIn(username: string, password: string): Promise<PublicUser>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    // ?optional: a signed-out visitor gets 200 { user: null }, not a 401 in the console and the audit log.
    request<{ user: PublicUser | null }>('/api/me?optional', { signal: controller.signal, expectUnauthorized: true })
      .then(({ user }) => setState(user ? { status: 'signed-in', user } : { status: 'signed-out' }))
      .catch((err: unknown) => {
        if (controller.signal.aborted) return;
        if (err instanceof ApiError && err.status === 401) setState({ status: 'signed-out' });
        else setState({ status: 'unavailable', message: err instanceof Error ? err.message : String(err) });
      });
    const stopListening = onUnauthorized(() => setState({ status: 'signed-out' }));
    return () => {
      controller.abort();
      stopListening();
    };
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    const { user } = await api.login(username, password);
    setState({ status: 'signed-in', user });
    return user;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.logout();
    } finally {
      setState({ status: 'signed-out' });
    }
  }, []);

  const session = useMemo<Session>(
    () => ({ state, user: state.status === 'signed-in' ? state.user : null, signIn, signOut }),
    [state, signIn, signOut],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

/** The signed-in user; for pages behind <RequireSignIn> only. */
export function useCurrentUser(): PublicUser {
  const { user } = useSession();
  if (!user) throw new Error('useCurrentUser needs a signed-in user');
  return user;
}
