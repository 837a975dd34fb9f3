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
import { LOCK_MINUTES, LOCK_MS, MAX_FAILED_ATTEMPTS } from './policy.ts';
import { createSession, endSession, pruneSessions } from './sessions.ts';

export type LoginResult =
  | { ok: true; token: string; expiresAt: Date; actor: Actor; loginName: string; demo: boolean }
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

/**
 * Signs in: checks the password, counts failures (5 in a row lock the account for 15 minutes),
 * and opens a session. Sign-ins and locks are audited.
 * @example const result = await login(db, { loginName: 'wang.li', password: '…' }); if (result.ok) setCookie(result.token)
 */
export async function login(
  db: Database,
  credentials: { loginName: string; password: string },
  clock: Clock = systemClock,
): Promise<LoginResult> {
  const loginName = normalizeLoginName(credentials.loginName);
  const [account] = await db
    .select()
    .from(accounts)
    .where(eq(accounts.loginName, loginName))
    .limit(1);
  const now = clock.now();
  if (!account || account.disabledAt || (account.lockedUntil && account.lockedUntil > now)) {
    // The same work as a real check, so the time taken gives nothing away either.
    await verifyNothing(credentials.password);
    return refused();
  }
  if (!(await verifyPassword(account.passwordHash, credentials.password))) {
    await recordFailure(db, account.id, clock);
    return refused();
  }
  const rehashed = needsRehash(account.passwordHash)
    ? await hashPassword(credentials.password)
    : undefined;
  return db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set({
        failedAttempts: 0,
        lockedUntil: null,
        ...(rehashed ? { passwordHash: rehashed } : {}),
      })
      .where(eq(accounts.id, account.id));
    await pruneSessions(tx, account.id, clock);
    const session = await createSession(tx, account.id, clock);
    await appendAudit(tx, {
      actor: account.id,
      action: 'session.login',
      entity: 'account',
      entityId: account.id,
    });
    return {
      ok: true as const,
      ...session,
      actor: actorOf(account),
      loginName: account.loginName,
      demo: account.demo,
    };
  });
}

/**
 * Counts one wrong password. The fifth in a row locks the account for 15 minutes and starts the
 * count again, so after the lock the person has five more tries. The row is locked first, so
 * guesses sent in parallel are all counted.
 */
async function recordFailure(db: Database, accountId: string, clock: Clock): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ failedAttempts: accounts.failedAttempts, lockedUntil: accounts.lockedUntil })
      .from(accounts)
      .where(eq(accounts.id, accountId))
      .for('update');
    const now = clock.now();
    if (!row || (row.lockedUntil && row.lockedUntil > now)) return;
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
      after: { lockedUntil: lockedUntil.toISOString() },
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
