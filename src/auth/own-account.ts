import { eq } from 'drizzle-orm';
import { InputError } from '../engine/input-issue.ts';
import { appendAudit } from '../store/audit.ts';
import type { Database } from '../store/database.ts';
import { accounts } from '../store/schema/accounts.ts';
import type { Actor } from '../workflow/actor.ts';
import { requireActor } from './authorize.ts';
import { systemClock, type Clock } from './clock.ts';
import { ServiceError } from './errors.ts';
import { recordFailure, type LoginContext } from './login.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';
import { assertPasswordAcceptable } from './password-rules.ts';
import { LOCK_MINUTES, MAX_FAILED_ATTEMPTS } from './policy.ts';
import { endAccountSessions } from './sessions.ts';

/** What a person types to change their own password. */
export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

const wrongCurrent = () =>
  new InputError([
    {
      column: 'currentPassword',
      code: 'current_password_wrong',
      message: {
        zh: '不正确。连续 5 次输错会锁定账户 15 分钟',
        en: 'is not right. 5 wrong passwords in a row lock the account for 15 minutes',
      },
    },
  ]);

/**
 * The signed-in person changes their own password: the current one must be right (a wrong one
 * counts towards the lock, like a wrong sign-in), the new one must follow the rules (not
 * published, not common) and differ from the current one. Ends the account's other sessions,
 * keeps this one, and lifts the duty to change a password someone else chose. Audited (without
 * either password).
 * @example await changeOwnPassword(db, actor, token, { currentPassword: '…', newPassword: 'Ouhai#Rain-2027' })
 */
export async function changeOwnPassword(
  db: Database,
  actor: Actor | null,
  sessionToken: string | undefined,
  change: PasswordChange,
  clock: Clock = systemClock,
  context: LoginContext = {},
): Promise<{ endedSessions: number }> {
  const who = requireActor(actor);
  const [account] = await db.select().from(accounts).where(eq(accounts.id, who.accountId));
  if (!account) throw new Error(`signed-in account ${who.accountId} has no row`);
  if (account.lockedUntil && account.lockedUntil > clock.now()) {
    throw new ServiceError(409, 'account_locked', {
      zh: `账户因连续 ${MAX_FAILED_ATTEMPTS} 次密码错误已锁定 ${LOCK_MINUTES} 分钟，锁定期间不能修改密码，请稍后再试`,
      en: `The account is locked for ${LOCK_MINUTES} minutes after ${MAX_FAILED_ATTEMPTS} wrong passwords; the password cannot be changed until then`,
    });
  }
  if (!(await verifyPassword(account.passwordHash, change.currentPassword))) {
    await recordFailure(db, account.id, clock, context);
    throw wrongCurrent();
  }
  assertPasswordAcceptable(change.newPassword, account.loginName, 'newPassword');
  if (change.newPassword === change.currentPassword) {
    throw new InputError([
      {
        column: 'newPassword',
        code: 'password_unchanged',
        message: { zh: '不能与当前密码相同', en: 'must differ from the current password' },
      },
    ]);
  }
  const passwordHash = await hashPassword(change.newPassword);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ passwordHash: accounts.passwordHash })
      .from(accounts)
      .where(eq(accounts.id, account.id))
      .for('update');
    // Changed by someone else since the check: the current password typed is no longer current.
    if (row?.passwordHash !== account.passwordHash) throw wrongCurrent();
    await tx
      .update(accounts)
      .set({
        passwordHash,
        passwordChangedAt: clock.now(),
        mustChangePassword: false,
        failedAttempts: 0,
      })
      .where(eq(accounts.id, account.id));
    const endedSessions = await endAccountSessions(tx, account.id, sessionToken);
    await appendAudit(tx, {
      actor: account.id,
      action: 'account.password_change',
      entity: 'account',
      entityId: account.id,
      after: {
        wasRequired: account.mustChangePassword,
        endedSessions,
        client: context.clientAddress ?? null,
      },
    });
    return { endedSessions };
  });
}

/**
 * "Sign out everywhere": ends every session of the signed-in account, this one included.
 * Audited with how many ended.
 * @example await signOutEverywhere(db, actor)
 */
export async function signOutEverywhere(
  db: Database,
  actor: Actor | null,
  context: LoginContext = {},
): Promise<{ endedSessions: number }> {
  const who = requireActor(actor);
  return db.transaction(async (tx) => {
    const endedSessions = await endAccountSessions(tx, who.accountId);
    await appendAudit(tx, {
      actor: who.accountId,
      action: 'session.logout_everywhere',
      entity: 'account',
      entityId: who.accountId,
      after: { endedSessions, client: context.clientAddress ?? null },
    });
    return { endedSessions };
  });
}
