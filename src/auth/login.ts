import { eq } from 'drizzle-orm';
import type { Localized } from '../engine/localized.ts';
import { appendAudit } from '../store/audit.ts';
import type { Database } from '../store/database.ts';
import { accounts } from '../store/schema/accounts.ts';
import type { Actor } from '../workflow/actor.ts';
import { actorOf } from './account-view.ts';
import { systemClock, type Clock } from './clock.ts';
import { normalizeLoginName } from './login-name.ts';
import { hashPassword, needsRehash, verifyNothing, verifyPassword } from './password-hash.ts';
import {
  DEFAULT_SESSION_POLICY,
  LOCK_MINUTES,
  LOCK_MS,
  MAX_FAILED_ATTEMPTS,
  type SessionPolicy,
} from './policy.ts';
import { createSession, endSession, pruneSessions } from './sessions.ts';

export type LoginResult =
  | {
      ok: true;
      token: string;
      expiresAt: Date;
      actor: Actor;
      loginName: string;
      demo: boolean;
      mustChangePassword: boolean;
    }
  | { ok: false; code: 'login_refused'; message: Localized };

/**
 * The one answer to every failed sign-in, whatever the cause (unknown name, wrong password,
 * locked, disabled), so the answer never tells whether an account exists. It states the lockout
 * rule, so a person locked out with the right password knows why and how long to wait.
 */
export const LOGIN_REFUSED: Localized = {
  zh:
    `登录名或密码不正确，或账户已停用。` +
    `同一账户连续 ${MAX_FAILED_ATTEMPTS} 次密码错误后将锁定 ${LOCK_MINUTES} 分钟，` +
    `锁定期间即使密码正确也无法登录，请 ${LOCK_MINUTES} 分钟后再试或联系系统管理员`,
  en:
    `Wrong login name or password, or the account is disabled. ` +
    `After ${MAX_FAILED_ATTEMPTS} wrong passwords in a row an account is locked for ${LOCK_MINUTES} minutes, ` +
    `during which even the right password is refused; try again after ${LOCK_MINUTES} minutes or ask an administrator`,
};

const refused = (): LoginResult => ({ ok: false, code: 'login_refused', message: LOGIN_REFUSED });

/** Where a sign-in happens: the service's settings and who is asking. */
export interface LoginContext {
  policy?: SessionPolicy;
  /** Demo accounts sign in only on a demo server: outside it, their published passwords are dead. */
  demoMode?: boolean;
  /** The client's address, for the audit record of the attempt. */
  clientAddress?: string;
}

/** Why a sign-in failed, as the audit log keeps it (the person is told only LOGIN_REFUSED). */
type FailureReason =
  | 'unknown_login_name'
  | 'disabled'
  | 'locked'
  | 'wrong_password'
  | 'demo_account_outside_demo_mode';

type AccountRow = typeof accounts.$inferSelect;

/**
 * Signs in: checks the password, counts failures (5 in a row lock the account for 15 minutes),
 * and opens a session. The lock binds: after the password check the account row is locked and
 * read again, so a lock (or disabling, or a new password) recorded meanwhile refuses even the right
 * password. Demo accounts are refused outside demo mode. Sign-ins, failures (with the client's
 * address) and locks are audited.
 * @example const result = await login(db, { loginName: 'wang.li', password: '…' }); if (result.ok) setCookie(result.token)
 */
export async function login(
  db: Database,
  credentials: { loginName: string; password: string },
  clock: Clock = systemClock,
  context: LoginContext = {},
): Promise<LoginResult> {
  const loginName = normalizeLoginName(credentials.loginName);
  const [account] = await db
    .select()
    .from(accounts)
    .where(eq(accounts.loginName, loginName))
    .limit(1);
  const early = account ? unusable(account, clock.now(), context) : 'unknown_login_name';
  if (early) {
    // The same work as a real check, so the time taken gives nothing away either.
    await verifyNothing(credentials.password);
    await auditFailure(db, account?.id ?? null, loginName, early, context);
    return refused();
  }
  const checked = account!;
  if (!(await verifyPassword(checked.passwordHash, credentials.password))) {
    await recordFailure(db, checked.id, clock, context);
    return refused();
  }
  const rehashed = needsRehash(checked.passwordHash)
    ? await hashPassword(credentials.password)
    : undefined;
  const policy = context.policy ?? DEFAULT_SESSION_POLICY;
  const result = await db.transaction(
    async (tx): Promise<LoginResult | { refusedFor: FailureReason }> => {
      const [row] = await tx
        .select()
        .from(accounts)
        .where(eq(accounts.id, checked.id))
        .for('update');
      const late = row ? unusable(row, clock.now(), context) : 'unknown_login_name';
      if (late || row!.passwordHash !== checked.passwordHash) {
        return { refusedFor: late ?? 'wrong_password' };
      }
      await tx
        .update(accounts)
        .set({
          failedAttempts: 0,
          lockedUntil: null,
          ...(rehashed ? { passwordHash: rehashed } : {}),
        })
        .where(eq(accounts.id, checked.id));
      const endedSessions = await pruneSessions(tx, checked.id, clock, policy);
      const session = await createSession(tx, checked.id, clock, policy);
      await appendAudit(tx, {
        actor: checked.id,
        action: 'session.login',
        entity: 'account',
        entityId: checked.id,
        after: { client: context.clientAddress ?? null, endedSessions },
      });
      return {
        ok: true as const,
        ...session,
        actor: actorOf(row!),
        loginName: row!.loginName,
        demo: row!.demo,
        mustChangePassword: row!.mustChangePassword,
      };
    },
  );
  if (!('ok' in result)) {
    await auditFailure(db, checked.id, loginName, result.refusedFor, context);
    return refused();
  }
  return result;
}

/** Why an account cannot sign in now, whatever the password; null when it may try. */
function unusable(row: AccountRow, now: Date, context: LoginContext): FailureReason | null {
  if (row.disabledAt) return 'disabled';
  if (row.demo && !context.demoMode) return 'demo_account_outside_demo_mode';
  if (row.lockedUntil && row.lockedUntil > now) return 'locked';
  return null;
}

/** Audits a refused sign-in with its reason and the client's address. */
async function auditFailure(
  db: Database,
  accountId: string | null,
  loginName: string,
  reason: FailureReason,
  context: LoginContext,
): Promise<void> {
  await db.transaction((tx) =>
    appendAudit(tx, {
      actor: 'anonymous',
      action: 'session.login_failed',
      entity: 'account',
      // An unknown name is kept as typed (bounded by the request schema), so guessing shows.
      entityId: accountId ?? loginName,
      after: { reason, loginName, client: context.clientAddress ?? null },
    }),
  );
}

/**
 * Counts one wrong password and audits it. The fifth in a row locks the account for 15 minutes and
 * starts the count again, so after the lock the person has five more tries. The row is locked
 * first, so guesses sent in parallel are all counted; guesses during a lock are not counted.
 */
export async function recordFailure(
  db: Database,
  accountId: string,
  clock: Clock,
  context: LoginContext,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        loginName: accounts.loginName,
        failedAttempts: accounts.failedAttempts,
        lockedUntil: accounts.lockedUntil,
      })
      .from(accounts)
      .where(eq(accounts.id, accountId))
      .for('update');
    if (!row) return;
    const now = clock.now();
    const locked = row.lockedUntil !== null && row.lockedUntil > now;
    await appendAudit(tx, {
      actor: 'anonymous',
      action: 'session.login_failed',
      entity: 'account',
      entityId: accountId,
      after: {
        reason: locked ? 'locked' : 'wrong_password',
        loginName: row.loginName,
        client: context.clientAddress ?? null,
      },
    });
    if (locked) return;
    const attempts = row.failedAttempts + 1;
    if (attempts < MAX_FAILED_ATTEMPTS) {
      await tx.update(accounts).set({ failedAttempts: attempts }).where(eq(accounts.id, accountId));
      return;
    }
    const lockedUntil = new Date(now.getTime() + LOCK_MS);
    await tx
      .update(accounts)
      .set({ failedAttempts: 0, lockedUntil })
      .where(eq(accounts.id, accountId));
    await appendAudit(tx, {
      actor: 'system',
      action: 'account.lock',
      entity: 'account',
      entityId: accountId,
      after: { lockedUntil: lockedUntil.toISOString(), client: context.clientAddress ?? null },
      note: `${MAX_FAILED_ATTEMPTS} wrong passwords in a row`,
    });
  });
}

/**
 * Signs out: ends the session of the token (if any) and audits it.
 * @example await logout(db, cookieValue)
 */
export async function logout(db: Database, token: string | undefined): Promise<void> {
  await db.transaction(async (tx) => {
    const accountId = await endSession(tx, token);
    if (accountId) {
      await appendAudit(tx, {
        actor: accountId,
        action: 'session.logout',
        entity: 'account',
        entityId: accountId,
      });
    }
  });
}
