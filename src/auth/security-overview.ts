import { and, asc, eq, gt, gte, isNull, sql } from 'drizzle-orm';
import type { Localized } from '../engine/localized.ts';
import type { Executor } from '../store/database.ts';
import { accounts } from '../store/schema/accounts.ts';
import { auditLog } from '../store/schema/audit.ts';
import type { Actor, Role } from '../workflow/actor.ts';
import { requireRole } from './authorize.ts';
import { systemClock, type Clock } from './clock.ts';

const READ: Localized = { zh: '查看账户安全情况', en: 'read the accounts’ security overview' };
const DAY_MS = 86_400_000;

/** How far back failed sign-ins are counted, and after how long an account counts as unused. */
export const SECURITY_OVERVIEW_WINDOWS = { failedSignInDays: 7, unusedDays: 90 } as const;

/** Failed sign-ins under one login name (known or not) within the window. */
export interface FailedSignIns {
  loginName: string;
  /** Null when no account has that name: somebody is guessing names. */
  accountId: string | null;
  displayName: string | null;
  failures: number;
  /** How many client addresses the failures came from. */
  clients: number;
  lastAt: Date;
  lastClient: string | null;
}

export interface LockedAccount {
  accountId: string;
  loginName: string;
  displayName: string;
  role: Role;
  lockedUntil: Date;
}

export interface UnusedAccount {
  accountId: string;
  loginName: string;
  displayName: string;
  role: Role;
  createdAt: Date;
  /** Null when the account has never signed in. */
  lastSignInAt: Date | null;
}

/** One name held by enabled accounts of more than one role: one person, two roles. */
export interface SharedName {
  displayName: string;
  accounts: { accountId: string; loginName: string; role: Role }[];
}

export interface SecurityOverview {
  failedSignIns: FailedSignIns[];
  locked: LockedAccount[];
  unused: UnusedAccount[];
  sharedNames: SharedName[];
}

/**
 * What an administrator (and an assessor, 等保2.0 三级 身份鉴别 and 安全审计) checks of the
 * accounts: failed sign-ins of the last 7 days by login name with their addresses, accounts locked
 * now, enabled accounts unused for 90 days or never used, and the same name on enabled accounts of
 * different roles (separation of duties: one person should not both review and approve).
 * Read from the accounts and the audit log; demo accounts are left out, they are not people.
 * @example (await securityOverview(db, admin)).locked.map((a) => a.loginName) // ['county.ruian']
 */
export async function securityOverview(
  db: Executor,
  actor: Actor | null,
  clock: Clock = systemClock,
): Promise<SecurityOverview> {
  requireRole(actor, ['admin'], READ);
  const now = clock.now();
  const since = new Date(now.getTime() - SECURITY_OVERVIEW_WINDOWS.failedSignInDays * DAY_MS);
  const unusedBefore = new Date(now.getTime() - SECURITY_OVERVIEW_WINDOWS.unusedDays * DAY_MS);

  const loginName = sql<string>`${auditLog.after}->>'loginName'`;
  const client = sql<string | null>`${auditLog.after}->>'client'`;
  const failures = await db
    .select({
      loginName,
      failures: sql<number>`count(*)::int`,
      clients: sql<number>`count(distinct ${client})::int`,
      lastAt: sql<Date>`max(${auditLog.at})`.mapWith(auditLog.at),
      lastClient: sql<string | null>`(array_agg(${client} order by ${auditLog.id} desc))[1]`,
    })
    .from(auditLog)
    .where(and(eq(auditLog.action, 'session.login_failed'), gte(auditLog.at, since)))
    .groupBy(loginName)
    .orderBy(sql`count(*) desc`, loginName);

  const people = await db
    .select()
    .from(accounts)
    .where(eq(accounts.demo, false))
    .orderBy(asc(accounts.loginName));
  const byLogin = new Map(people.map((row) => [row.loginName, row]));

  const lastSignIns = await db
    .select({
      accountId: auditLog.entityId,
      lastAt: sql<Date>`max(${auditLog.at})`.mapWith(auditLog.at),
    })
    .from(auditLog)
    .where(eq(auditLog.action, 'session.login'))
    .groupBy(auditLog.entityId);
  const lastSignInOf = new Map(lastSignIns.map((row) => [row.accountId, row.lastAt]));

  const locked = await db
    .select()
    .from(accounts)
    .where(and(gt(accounts.lockedUntil, now), isNull(accounts.disabledAt)))
    .orderBy(asc(accounts.loginName));

  const enabled = people.filter((row) => row.disabledAt === null);
  const names = new Map<string, typeof enabled>();
  for (const row of enabled) {
    const key = row.displayName.trim();
    names.set(key, [...(names.get(key) ?? []), row]);
  }

  return {
    failedSignIns: failures.map((row) => {
      const account = byLogin.get(row.loginName);
      return {
        loginName: row.loginName,
        accountId: account?.id ?? null,
        displayName: account?.displayName ?? null,
        failures: row.failures,
        clients: row.clients,
        lastAt: row.lastAt,
        lastClient: row.lastClient,
      };
    }),
    locked: locked.map((row) => ({
      accountId: row.id,
      loginName: row.loginName,
      displayName: row.displayName,
      role: row.role,
      lockedUntil: row.lockedUntil!,
    })),
    unused: enabled
      .map((row) => ({ row, lastSignInAt: lastSignInOf.get(row.id) ?? null }))
      .filter(({ row, lastSignInAt }) =>
        lastSignInAt === null ? row.createdAt < unusedBefore : lastSignInAt < unusedBefore,
      )
      .map(({ row, lastSignInAt }) => ({
        accountId: row.id,
        loginName: row.loginName,
        displayName: row.displayName,
        role: row.role,
        createdAt: row.createdAt,
        lastSignInAt,
      })),
    sharedNames: [...names.entries()]
      .filter(([, rows]) => new Set(rows.map((row) => row.role)).size > 1)
      .map(([displayName, rows]) => ({
        displayName,
        accounts: rows.map((row) => ({
          accountId: row.id,
          loginName: row.loginName,
          role: row.role,
        })),
      })),
  };
}
