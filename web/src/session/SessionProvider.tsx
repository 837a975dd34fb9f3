import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setUnauthorizedHandler } from '../api/client.ts';
import {
  changePassword as putPassword,
  fetchSession,
  signIn as postSession,
  signOut as deleteSession,
  signOutEverywhere as deleteAllSessions,
} from '../api/session.ts';
import type { PasswordChangeRequest, SignInRequest } from '../api/types.ts';
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

  const signOutEverywhere = useCallback(async () => {
    try {
      await deleteAllSessions();
    } finally {
      setState({ status: 'anonymous', reason: 'signed-out' });
    }
  }, []);

  const changePassword = useCallback(async (change: PasswordChangeRequest) => {
    await putPassword(change);
    setState((current) =>
      current.status === 'signed-in'
        ? { status: 'signed-in', session: { ...current.session, mustChangePassword: false } }
        : current,
    );
  }, []);

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo(
    () => ({ state, signIn, signOut, signOutEverywhere, changePassword, reload }),
    [state, signIn, signOut, signOutEverywhere, changePassword, reload],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
