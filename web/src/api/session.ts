import type { Actor, Jurisdiction } from '../shared.ts';
import { isApiError } from './api-error.ts';
import { api } from './client.ts';
import type { DemoAccounts, Me, PasswordChangeRequest, Session, SignInRequest } from './types.ts';

/** Who is signed in, or null (HTTP 401: nobody, or the session has expired). */
export async function fetchSession(signal?: AbortSignal): Promise<Session | null> {
  try {
    return toSession(await api.get<Me>('/api/session', { signal, unauthorizedIsAnswer: true }));
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

/** Signs in; a wrong name or password is an `ApiError` with status 401 and the server's message. */
export async function signIn(credentials: SignInRequest): Promise<Session> {
  return toSession(await api.post<Me>('/api/session', credentials, { unauthorizedIsAnswer: true }));
}

export async function signOut(): Promise<void> {
  await api.delete('/api/session', { unauthorizedIsAnswer: true });
}

/** Changes the signed-in person's own password; the account's other sessions end. */
export async function changePassword(change: PasswordChangeRequest): Promise<void> {
  await api.put<{ endedSessions: number }>('/api/session/password', change);
}

/** Ends every session of the signed-in account, on every device, this one included. */
export async function signOutEverywhere(): Promise<void> {
  await api.delete('/api/session/all', { unauthorizedIsAnswer: true });
}

/**
 * The demo accounts, or null when the server is not in demo mode. A real service is asked
 * whether it is a demo first (`/api/health`), so its sign-in page requests nothing it refuses.
 */
export async function fetchDemoAccounts(signal?: AbortSignal): Promise<DemoAccounts | null> {
  const health = await api.get<{ demo: boolean }>('/api/health', {
    signal,
    unauthorizedIsAnswer: true,
  });
  if (!health.demo) return null;
  try {
    return await api.get<DemoAccounts>('/api/demo/accounts', {
      signal,
      unauthorizedIsAnswer: true,
    });
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  }
}

function toSession(me: Me): Session {
  const actor: Actor = {
    accountId: me.accountId,
    role: me.role,
    displayName: me.displayName,
  };
  if (me.jurisdiction) actor.jurisdiction = me.jurisdiction as Jurisdiction;
  if (me.department) actor.department = me.department;
  if (me.enterpriseUscc) actor.enterpriseUscc = me.enterpriseUscc;
  if (me.office) actor.office = me.office;
  if (me.township) actor.township = me.township;
  return {
    actor,
    loginName: me.loginName,
    demo: me.demo,
    mustChangePassword: me.mustChangePassword,
  };
}
