import { asc, eq } from 'drizzle-orm';
import type { Localized } from '../engine/localized.ts';
import { appendAudit } from '../store/audit.ts';
import type { Database, Executor, Transaction } from '../store/database.ts';
import { accounts } from '../store/schema/accounts.ts';
import type { Actor, Role } from '../workflow/actor.ts';
import { checkNewAccount, type NewAccount } from './account-input.ts';
import { accountView, auditedAccount, type AccountView } from './account-view.ts';
import { requireRole } from './authorize.ts';
import { systemClock, type Clock } from './clock.ts';
import { notFound, ServiceError } from './errors.ts';
import { hashPassword } from './password-hash.ts';
import { assertPasswordAcceptable } from './password-rules.ts';
import { endAccountSessions } from './sessions.ts';

const MANAGE: Localized = { zh: '管理账户', en: 'manage accounts' };
const ACCOUNT: Localized = { zh: '该账户', en: 'The account' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type AccountRow = typeof accounts.$inferSelect;

/**
 * Creates an account (administrators only). Every problem of the input is reported at once, each
 * with its field; a login name already in use is a 409. The administrator chose the password, so
 * its owner must change it at the first sign-in. An account made by a demo administrator (whose
 * password is published) is itself a demo account: it works only in demo mode. Audited.
 * @example await createAccount(db, admin, { loginName: 'ruian', displayName: '瑞安市投资促进中心', role: 'county_office', jurisdiction: '瑞安市', password: 'Ruian-Tz#2025' })
 */
export async function createAccount(
  db: Database,
  actor: Actor | null,
  input: NewAccount,
  clock: Clock = systemClock,
): Promise<AccountView> {
  const admin = requireRole(actor, ['admin'], MANAGE);
  const row = await db.transaction(async (tx) => {
    const demo = await isDemoAccount(tx, admin.accountId);
    return provisionAccount(tx, admin.accountId, input, { demo, mustChangePassword: !demo });
  });
  return accountView(row, clock.now());
}

/**
 * Inserts a checked account and audits it, for administrators through {@link createAccount} and
 * for the system itself (demo accounts, the first administrator). `by` is the audit actor. Demo
 * accounts may carry their published passwords; `mustChangePassword` sends the owner to the
 * password change at the first sign-in.
 * @example await db.transaction((tx) => provisionAccount(tx, 'system', input, { demo: true }))
 */
export async function provisionAccount(
  tx: Transaction,
  by: string,
  input: NewAccount,
  options: { demo?: boolean; mustChangePassword?: boolean } = {},
): Promise<AccountRow> {
  const { password, ...account } = checkNewAccount(input, {
    publishedPasswordAllowed: options.demo === true,
  });
  const [taken] = await tx
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.loginName, account.loginName))
    .limit(1);
  if (taken) throw loginNameTaken(account.loginName);
  const passwordHash = await hashPassword(password);
  const [row] = await tx
    .insert(accounts)
    .values({
      ...account,
      passwordHash,
      demo: options.demo ?? false,
      mustChangePassword: options.mustChangePassword ?? false,
    })
    .returning()
    .catch((error: unknown) => {
      // Two administrators creating the same name at once: the unique index decides.
      throw isUniqueViolation(error) ? loginNameTaken(account.loginName) : error;
    });
  if (!row) throw new Error('accounts insert returned no row');
  await appendAudit(tx, {
    actor: by,
    action: 'account.create',
    entity: 'account',
    entityId: row.id,
    after: auditedAccount(row),
  });
  return row;
}

/**
 * Every account, in login-name order (administrators only); `role` narrows the list.
 * @example await listAccounts(db, admin, { role: 'county_office' })
 */
export async function listAccounts(
  db: Executor,
  actor: Actor | null,
  filter: { role?: Role } = {},
  clock: Clock = systemClock,
): Promise<AccountView[]> {
  requireRole(actor, ['admin'], MANAGE);
  const rows = await db
    .select()
    .from(accounts)
    .where(filter.role ? eq(accounts.role, filter.role) : undefined)
    .orderBy(asc(accounts.loginName));
  const now = clock.now();
  return rows.map((row) => accountView(row, now));
}

/**
 * One account (administrators only); 404 when there is none with that id.
 * @example await getAccount(db, admin, id)
 */
export async function getAccount(
  db: Executor,
  actor: Actor | null,
  id: string,
  clock: Clock = systemClock,
): Promise<AccountView> {
  requireRole(actor, ['admin'], MANAGE);
  return accountView(await findAccount(db, id), clock.now());
}

/**
 * Disables an account and ends its sessions (administrators only). An administrator cannot
 * disable their own account, so the system is never left without one by mistake. Disabling twice
 * changes nothing. Audited.
 * @example await disableAccount(db, admin, id)
 */
export async function disableAccount(
  db: Database,
  actor: Actor | null,
  id: string,
  clock: Clock = systemClock,
): Promise<AccountView> {
  const admin = requireRole(actor, ['admin'], MANAGE);
  if (admin.accountId === id) {
    throw new ServiceError(409, 'cannot_disable_self', {
      zh: '不能停用自己正在使用的账户，请由另一位系统管理员操作',
      en: 'You cannot disable your own account; ask another administrator',
    });
  }
  return changeAccount(db, admin, id, clock, 'account.disable', (row, now) =>
    row.disabledAt ? null : { disabledAt: now },
  );
}

/**
 * Enables a disabled account again (administrators only). Audited.
 * @example await enableAccount(db, admin, id)
 */
export async function enableAccount(
  db: Database,
  actor: Actor | null,
  id: string,
  clock: Clock = systemClock,
): Promise<AccountView> {
  const admin = requireRole(actor, ['admin'], MANAGE);
  return changeAccount(db, admin, id, clock, 'account.enable', (row) =>
    row.disabledAt ? { disabledAt: null } : null,
  );
}

/**
 * Sets a new password chosen by an administrator, lifts any lock and ends the account's
 * sessions, so whoever held the old password is signed out. The password must follow the rules,
 * and its owner must change it at the next sign-in (demo accounts excepted: theirs are public
 * anyway). Audited (without the password).
 * @example await resetPassword(db, admin, id, 'Ouhai-Check#2026')
 */
export async function resetPassword(
  db: Database,
  actor: Actor | null,
  id: string,
  password: string,
  clock: Clock = systemClock,
): Promise<AccountView> {
  const admin = requireRole(actor, ['admin'], MANAGE);
  const current = await findAccount(db, id);
  assertPasswordAcceptable(password, current.loginName);
  const passwordHash = await hashPassword(password);
  return changeAccount(db, admin, id, clock, 'account.password_reset', (row, now) => ({
    passwordHash,
    passwordChangedAt: now,
    mustChangePassword: !row.demo,
    failedAttempts: 0,
    lockedUntil: null,
  }));
}

/**
 * Applies a change to one account in a transaction with its audit record. `change` returns the
 * columns to set, or null when there is nothing to do (then nothing is written or audited).
 */
async function changeAccount(
  db: Database,
  admin: Actor,
  id: string,
  clock: Clock,
  action: string,
  change: (row: AccountRow, now: Date) => Partial<AccountRow> | null,
): Promise<AccountView> {
  return db.transaction(async (tx) => {
    const before = await findAccount(tx, id, true);
    const now = clock.now();
    const values = change(before, now);
    if (!values) return accountView(before, now);
    const [after] = await tx.update(accounts).set(values).where(eq(accounts.id, id)).returning();
    if (!after) throw new Error('accounts update returned no row');
    if (values.disabledAt || values.passwordHash) await endAccountSessions(tx, id);
    await appendAudit(tx, {
      actor: admin.accountId,
      action,
      entity: 'account',
      entityId: id,
      before: auditedAccount(before),
      after: auditedAccount(after),
    });
    return accountView(after, now);
  });
}

async function findAccount(db: Executor, id: string, forUpdate = false): Promise<AccountRow> {
  if (!UUID.test(id)) throw notFound(ACCOUNT);
  const query = db.select().from(accounts).where(eq(accounts.id, id)).limit(1);
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound(ACCOUNT);
  return row;
}

/** Whether an account is a demo one (its password published). */
export async function isDemoAccount(db: Executor, id: string): Promise<boolean> {
  const [row] = await db
    .select({ demo: accounts.demo })
    .from(accounts)
    .where(eq(accounts.id, id))
    .limit(1);
  return row?.demo ?? false;
}

function loginNameTaken(loginName: string): ServiceError {
  return new ServiceError(409, 'login_name_taken', {
    zh: `登录名 ${loginName} 已被使用，请换一个`,
    en: `The login name ${loginName} is already in use; choose another`,
  });
}

function isUniqueViolation(error: unknown): boolean {
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}
