import { useContext } from 'react';
import { SessionContext, type SessionContextValue } from './session-context.ts';

/** The session: who is signed in, and how to sign in and out. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside <SessionProvider>');
  return value;
}
