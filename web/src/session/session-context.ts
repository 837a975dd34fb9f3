import { createContext } from 'react';
import type { Session, SignInRequest } from '../api/types.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; reason?: 'expired' | 'signed-out' }
  | { status: 'signed-in'; session: Session }
  | { status: 'unavailable'; error: unknown };

export interface SessionContextValue {
  state: SessionState;
  signIn(credentials: SignInRequest): Promise<Session>;
  signOut(): Promise<void>;
  /** Asks the server again who is signed in (after "server unavailable"). */
  reload(): void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);
