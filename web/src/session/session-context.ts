import { createContext } from 'react';
import type { PasswordChangeRequest, Session, SignInRequest } from '../api/types.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; reason?: 'expired' | 'signed-out' }
  | { status: 'signed-in'; session: Session }
  | { status: 'unavailable'; error: unknown };

export interface SessionContextValue {
  state: SessionState;
  signIn(credentials: SignInRequest): Promise<Session>;
  signOut(): Promise<void>;
  /** Ends the account's sessions on every device, this one included. */
  signOutEverywhere(): Promise<void>;
  /** Changes the own password; the session then may do everything again. */
  changePassword(change: PasswordChangeRequest): Promise<void>;
  /** Asks the server again who is signed in (after "server unavailable"). */
  reload(): void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);
