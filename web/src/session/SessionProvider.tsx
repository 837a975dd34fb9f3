import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setUnauthorizedHandler } from '../api/client.ts';
import { fetchSession, signIn as postSession, signOut as deleteSession } from '../api/session.ts';
import type { SignInRequest } from '../api/types.ts';
import { SessionContext, type SessionState } from './session-context.ts';

/** Asks the server who is signed in on load; any later 401 ends the session (→ sign-in page). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetchSession(controller.signal).then(
      (session) => setState(session ? { status: 'signed-in', session } : { status: 'anonymous' }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'unavailable', error });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  useEffect(
    () => setUnauthorizedHandler(() => setState({ status: 'anonymous', reason: 'expired' })),
    [],
  );

  const signIn = useCallback(async (credentials: SignInRequest) => {
    const session = await postSession(credentials);
    setState({ status: 'signed-in', session });
    return session;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await deleteSession();
    } finally {
      setState({ status: 'anonymous', reason: 'signed-out' });
    }
  }, []);

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo(
    () => ({ state, signIn, signOut, reload }),
    [state, signIn, signOut, reload],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
