import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, lt, ne, notInArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../store/database.ts';
import { accounts, sessions } from '../store/schema/accounts.ts';
import type { Actor } from '../workflow/actor.ts';
import { actorOf } from './account-view.ts';
import { systemClock, type Clock } from './clock.ts';
import { DEFAULT_SESSION_POLICY, SESSION_TOUCH_MS, type SessionPolicy } from './policy.ts';

/** 32 random bytes in base64url: 43 characters. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The stored form of a session token. SHA-256 suffices: the token is 256 random bits, so there is
 * nothing to guess, only a stolen table to make useless.
 * @example sessionId(token).length // 64
 */
export function sessionId(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Opens a session for an account; returns the token for the cookie, which is never stored.
 * @example const { token } = await createSession(db, account.id)
 */
export async function createSession(
  db: Executor,
  accountId: string,
  clock: Clock = systemClock,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const now = clock.now();
  const expiresAt = new Date(now.getTime() + policy.maxMs);
  await db.insert(sessions).values({
    id: sessionId(token),
    accountId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
  });
  return { token, expiresAt };
}

/** A live session: who is acting, and under which login name. */
export interface ResolvedSession {
  actor: Actor;
  loginName: string;
  demo: boolean;
  /** Until the owner picks their own password, the session may only change it (or sign out). */
  mustChangePassword: boolean;
}

/** Where sessions are resolved: the policy in force, and whether demo accounts may act. */
export interface SessionContext {
  policy?: SessionPolicy;
  /** Demo accounts act only on a demo server; elsewhere their sessions are dead. */
  demoMode?: boolean;
}

/**
 * The Actor (and login name) a session token stands for, or null when the token is unknown, idle
 * for longer than the policy allows, older than its lifetime, its account disabled, or a demo
 * account outside demo mode. A live session's `last_seen_at` moves forward (at most once a
 * minute). A dead one is deleted.
 * @example const session = await resolveSession(db, cookieValue); session?.actor.role
 */
export async function resolveSession(
  db: Executor,
  token: string | undefined,
  clock: Clock = systemClock,
  context: SessionContext = {},
): Promise<ResolvedSession | null> {
  if (!token || !TOKEN_PATTERN.test(token)) return null;
  const policy = context.policy ?? DEFAULT_SESSION_POLICY;
  const id = sessionId(token);
  const [row] = await sessionLookup(db).execute({ id });
  if (!row) return null;
  const now = clock.now().getTime();
  const idle = now - row.lastSeenAt.getTime();
  const ended = now >= row.expiresAt.getTime() || now - row.createdAt.getTime() >= policy.maxMs;
  if (row.disabledAt || (row.demo && !context.demoMode) || idle >= policy.idleMs || ended) {
    await db.delete(sessions).where(eq(sessions.id, id));
    return null;
  }
  if (idle >= SESSION_TOUCH_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(sessions.id, id));
  }
  return {
    actor: actorOf(row),
    loginName: row.loginName,
    demo: row.demo,
    mustChangePassword: row.mustChangePassword,
  };
}

/**
 * The session lookup runs on every signed-in request, so its SQL is built once per database and
 * sent as a named prepared statement (PostgreSQL then skips parsing and planning it).
 */
const lookups = new WeakMap<Executor, ReturnType<typeof prepareLookup>>();

function sessionLookup(db: Executor) {
  let lookup = lookups.get(db);
  if (!lookup) {
    lookup = prepareLookup(db);
    lookups.set(db, lookup);
  }
  return lookup;
}

function prepareLookup(db: Executor) {
  return db
    .select({
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      id: accounts.id,
      loginName: accounts.loginName,
      demo: accounts.demo,
      mustChangePassword: accounts.mustChangePassword,
      role: accounts.role,
      displayName: accounts.displayName,
      jurisdiction: accounts.jurisdiction,
      department: accounts.department,
      enterpriseUscc: accounts.enterpriseUscc,
      office: accounts.office,
      township: accounts.township,
      disabledAt: accounts.disabledAt,
    })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(eq(sessions.id, sql.placeholder('id')))
    .limit(1)
    .prepare('pingding_session_lookup');
}

/**
 * Ends the session of a token and returns its account id; unknown tokens give null, so signing
 * out twice is harmless.
 * @example await endSession(db, cookieValue) // '6f1c…' or null
 */
export async function endSession(db: Executor, token: string | undefined): Promise<string | null> {
  if (!token || !TOKEN_PATTERN.test(token)) return null;
  const removed = await db
    .delete(sessions)
    .where(eq(sessions.id, sessionId(token)))
    .returning({ accountId: sessions.accountId });
  return removed[0]?.accountId ?? null;
}

/**
 * Ends every session of an account (on disabling it, resetting its password, or "sign out
 * everywhere"), except the one of `keepToken` when given (a password change keeps the session it
 * was made in). Returns how many ended.
 * @example await endAccountSessions(tx, accountId)
 */
export async function endAccountSessions(
  db: Executor,
  accountId: string,
  keepToken?: string,
): Promise<number> {
  const ended = await db
    .delete(sessions)
    .where(
      and(
        eq(sessions.accountId, accountId),
        keepToken ? ne(sessions.id, sessionId(keepToken)) : undefined,
      ),
    )
    .returning({ id: sessions.id });
  return ended.length;
}

/**
 * Removes an account's dead sessions, so the table does not grow with every sign-in, and ends the
 * oldest live ones so that, with the one about to open, the account holds at most
 * `policy.perAccount`. Returns how many live sessions were ended that way. Call it with the
 * account row locked, so parallel sign-ins cannot both keep their share.
 * @example await pruneSessions(tx, accountId, clock, policy)
 */
export async function pruneSessions(
  db: Executor,
  accountId: string,
  clock: Clock = systemClock,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<number> {
  const now = clock.now();
  await db
    .delete(sessions)
    .where(
      and(
        eq(sessions.accountId, accountId),
        or(
          lt(sessions.expiresAt, now),
          lt(sessions.lastSeenAt, new Date(now.getTime() - policy.idleMs)),
          lt(sessions.createdAt, new Date(now.getTime() - policy.maxMs)),
        ),
      ),
    );
  const keep = await db
    .select({ id: sessions.id })
    .from(sessions)
    .where(eq(sessions.accountId, accountId))
    .orderBy(desc(sessions.createdAt), desc(sessions.id))
    .limit(Math.max(0, policy.perAccount - 1));
  const ended = await db
    .delete(sessions)
    .where(
      and(
        eq(sessions.accountId, accountId),
        keep.length > 0
          ? notInArray(
              sessions.id,
              keep.map((row) => row.id),
            )
          : undefined,
      ),
    )
    .returning({ id: sessions.id });
  return ended.length;
}
