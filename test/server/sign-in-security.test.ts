// Sign-in as an assessor checks it (等保2.0 三级): the lock binds even against a right password
// sent at the same moment, demo accounts are dead outside demo mode, passwords someone else chose
// must be changed first, published and common passwords are refused, sessions are bounded in
// number and time, "sign out everywhere", and rate limits answer 429.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { fixedClock } from '../../src/auth/clock.ts';
import { login } from '../../src/auth/login.ts';
import { DEFAULT_SESSION_POLICY, MAX_FAILED_ATTEMPTS } from '../../src/auth/policy.ts';
import { resolveSession } from '../../src/auth/sessions.ts';
import { demoAccountList } from '../../src/server/demo/accounts.ts';
import { rateLimits } from '../../src/server/rate-limits.ts';
import type { Database } from '../../src/store/database.ts';
import { accounts } from '../../src/store/schema/accounts.ts';
import { auditLog } from '../../src/store/schema/audit.ts';
import { describeEachDatabase } from '../support/databases.ts';
import {
  cookieFrom,
  credentials,
  jsonRequest,
  seedAccount,
  signIn,
  testApp,
  type ErrorJson,
} from './support.ts';

const wrongOf = (loginName: string) => ({ loginName, password: 'Wrong-pass#1' });

/** The audit actions recorded for one account, in the chain's order. */
async function actionsOf(db: Database, accountId: string): Promise<string[]> {
  const rows = await db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(eq(auditLog.entityId, accountId))
    .orderBy(asc(auditLog.id));
  return rows.map((row) => row.action);
}

describeEachDatabase('the lock binds', (getDb) => {
  it('counts every one of 10 parallel wrong passwords: one lock, then even the right one is refused', async () => {
    const db = getDb();
    const account = await seedAccount(db, { role: 'city_bureau' });
    const results = await Promise.all(
      Array.from({ length: 2 * MAX_FAILED_ATTEMPTS }, () => login(db, wrongOf(account.loginName))),
    );
    expect(results.every((result) => !result.ok)).toBe(true);
    const actions = await actionsOf(db, account.id);
    expect(actions.filter((a) => a === 'account.lock')).toHaveLength(1);
    expect(actions.filter((a) => a === 'session.login_failed')).toHaveLength(10);
    expect((await login(db, account)).ok).toBe(false);
  });

  it('refuses the right password when the lock is recorded while that password is being checked', async () => {
    const db = getDb();
    const account = await seedAccount(db, { role: 'leading_group' });
    let locking: Promise<unknown> | undefined;
    // The first reading of the clock comes before the password check (argon2id, tens of ms):
    // another request records the lock just then.
    const clock = {
      now: () => {
        locking ??= db
          .update(accounts)
          .set({ lockedUntil: new Date(Date.now() + 15 * 60_000) })
          .where(eq(accounts.id, account.id))
          .then(() => undefined);
        return new Date();
      },
    };
    const result = await login(db, account, clock);
    await locking;
    expect(result.ok).toBe(false);
    expect((await actionsOf(db, account.id)).at(-1)).toBe('session.login_failed');
  });

  it('lets no right password in after the lock, in 6 races of right and wrong passwords', async () => {
    const db = getDb();
    for (let trial = 0; trial < 6; trial++) {
      const account = await seedAccount(db, { role: 'leading_group' });
      await db
        .update(accounts)
        .set({ failedAttempts: MAX_FAILED_ATTEMPTS - 2 })
        .where(eq(accounts.id, account.id));
      const wrong = wrongOf(account.loginName);
      await Promise.all([
        login(db, wrong),
        login(db, wrong),
        login(db, account),
        login(db, wrong),
        login(db, account),
        login(db, account),
      ]);
      const actions = await actionsOf(db, account.id);
      const lockAt = actions.indexOf('account.lock');
      if (lockAt >= 0) {
        expect(actions.slice(lockAt).includes('session.login'), actions.join(', ')).toBe(false);
        expect((await login(db, account)).ok).toBe(false);
      }
    }
  });

  it('audits a failed sign-in with the reason and the client address', async () => {
    const db = getDb();
    const account = await seedAccount(db, { role: 'admin' });
    await login(db, wrongOf(account.loginName), undefined, { clientAddress: '203.0.113.7' });
    await login(db, { loginName: 'no.such.person', password: 'x' }, undefined, {
      clientAddress: '203.0.113.8',
    });
    const rows = await db
      .select({ entityId: auditLog.entityId, after: auditLog.after })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'session.login_failed'),
          inArray(auditLog.entityId, [account.id, 'no.such.person']),
        ),
      )
      .orderBy(asc(auditLog.id));
    expect(rows.map((row) => row.after)).toEqual([
      { reason: 'wrong_password', loginName: account.loginName, client: '203.0.113.7' },
      { reason: 'unknown_login_name', loginName: 'no.such.person', client: '203.0.113.8' },
    ]);
  });
});

describeEachDatabase('demo accounts outside demo mode', (getDb) => {
  it('cannot sign in, and their sessions die once the server is no longer in demo mode', async () => {
    const db = getDb();
    const list = demoAccountList();
    const row = await seedAccount(db, { role: 'admin' });
    await db.update(accounts).set({ demo: true }).where(eq(accounts.id, row.id));
    const real = testApp(db);
    const demo = testApp(db, { demoAccounts: list });

    const refused = await real.request('/api/session', jsonRequest('POST', credentials(row)));
    expect(refused.status).toBe(401);
    const cookie = await signIn(demo, row);
    expect((await demo.request('/api/session', { headers: { cookie } })).status).toBe(200);
    // The same session on a server outside demo mode: dead.
    expect((await real.request('/api/session', { headers: { cookie } })).status).toBe(401);
    expect((await login(db, row)).ok).toBe(false);
  });
});

describeEachDatabase('passwords chosen by someone else', (getDb) => {
  it('must be changed first; published, common and wrong current passwords are refused', async () => {
    const db = getDb();
    const app = testApp(db);
    const admin = await seedAccount(db, { role: 'admin' });
    const adminCookie = await signIn(app, admin);
    const loginName = `ruian.${Date.now() % 1_000_000}`;
    const initial = 'Ruian-Start#2026x';
    const created = await app.request(
      '/api/accounts',
      jsonRequest(
        'POST',
        {
          loginName,
          displayName: '瑞安市投资促进中心',
          role: 'county_office',
          jurisdiction: '瑞安市',
          password: initial,
        },
        { cookie: adminCookie },
      ),
    );
    expect(created.status).toBe(201);

    const first = await app.request(
      '/api/session',
      jsonRequest('POST', { loginName, password: initial }),
    );
    expect(first.status).toBe(200);
    expect(((await first.json()) as { mustChangePassword: boolean }).mustChangePassword).toBe(true);
    const cookie = cookieFrom(first);
    const other = cookieFrom(
      await app.request('/api/session', jsonRequest('POST', { loginName, password: initial })),
    );

    const blocked = await app.request('/api/hq/batches', { headers: { cookie } });
    expect(blocked.status).toBe(403);
    expect(((await blocked.json()) as ErrorJson).error.code).toBe('password_change_required');

    const change = (currentPassword: string, newPassword: string, lang = 'zh') =>
      app.request(
        '/api/session/password',
        jsonRequest('PUT', { currentPassword, newPassword }, { cookie, lang }),
      );
    const codes = async (response: Response) => {
      expect(response.status).toBe(400);
      return ((await response.json()) as ErrorJson).error.issues.map((i) => i.code);
    };
    expect(await codes(await change(initial, 'Demo-Admin#2025'))).toEqual(['password_published']);
    expect(await codes(await change(initial, 'Wenzhou@2026'))).toEqual(['password_common']);
    expect(await codes(await change(initial, initial))).toEqual(['password_unchanged']);
    const wrong = await change('Not-the-one#1', 'Ouhai#Rain-2027x', 'en');
    expect(await codes(wrong.clone())).toEqual(['current_password_wrong']);
    expect(((await wrong.json()) as ErrorJson).error.issues[0]!.message).toMatch(
      /^Current password is not right/,
    );

    const done = await change(initial, 'Ouhai#Rain-2027x');
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({ endedSessions: 1 });
    const me = await app.request('/api/session', { headers: { cookie } });
    expect(((await me.json()) as { mustChangePassword: boolean }).mustChangePassword).toBe(false);
    expect((await app.request('/api/hq/batches', { headers: { cookie } })).status).toBe(200);
    // The other session (opened with the initial password) ended.
    expect((await app.request('/api/session', { headers: { cookie: other } })).status).toBe(401);
    expect((await login(db, { loginName, password: initial })).ok).toBe(false);
    expect((await login(db, { loginName, password: 'Ouhai#Rain-2027x' })).ok).toBe(true);
  });

  it('an administrator reset sends the owner to the change again', async () => {
    const db = getDb();
    const app = testApp(db);
    const admin = await seedAccount(db, { role: 'admin' });
    const worker = await seedAccount(db, { role: 'city_bureau' });
    const adminCookie = await signIn(app, admin);
    const reset = await app.request(
      `/api/accounts/${worker.id}/password`,
      jsonRequest('PUT', { password: 'Reset-By#Admin26' }, { cookie: adminCookie }),
    );
    expect(reset.status).toBe(200);
    const result = await login(db, { loginName: worker.loginName, password: 'Reset-By#Admin26' });
    expect(result.ok && result.mustChangePassword).toBe(true);
  });
});

describeEachDatabase('sessions bounded', (getDb) => {
  it('keeps at most 3 sessions per account, ending the oldest', async () => {
    const db = getDb();
    const account = await seedAccount(db, { role: 'city_bureau' });
    const clock = fixedClock(new Date('2026-03-02T01:00:00Z'));
    const tokens: string[] = [];
    for (let i = 0; i < 4; i++) {
      clock.advance(1000);
      const result = await login(db, account, clock);
      if (!result.ok) throw new Error('sign-in failed');
      tokens.push(result.token);
    }
    const live = await Promise.all(tokens.map((token) => resolveSession(db, token, clock)));
    expect(live.map((session) => session !== null)).toEqual([false, true, true, true]);
    expect(DEFAULT_SESSION_POLICY.perAccount).toBe(3);
  });

  it('follows a stricter policy: 5 idle minutes', async () => {
    const db = getDb();
    const account = await seedAccount(db, { role: 'city_bureau' });
    const clock = fixedClock(new Date('2026-03-02T01:00:00Z'));
    const policy = { ...DEFAULT_SESSION_POLICY, idleMs: 5 * 60_000 };
    const result = await login(db, account, clock, { policy });
    if (!result.ok) throw new Error('sign-in failed');
    clock.advance(4 * 60_000);
    expect(await resolveSession(db, result.token, clock, { policy })).not.toBeNull();
    clock.advance(5 * 60_000);
    expect(await resolveSession(db, result.token, clock, { policy })).toBeNull();
  });

  it('"sign out everywhere" ends every session of the account', async () => {
    const db = getDb();
    const app = testApp(db);
    const account = await seedAccount(db, { role: 'leading_group' });
    const one = await signIn(app, account);
    const two = await signIn(app, account);
    const out = await app.request('/api/session/all', {
      method: 'DELETE',
      headers: { cookie: one, origin: 'http://localhost' },
    });
    expect(out.status).toBe(200);
    expect(await out.json()).toEqual({ endedSessions: 2 });
    for (const cookie of [one, two]) {
      expect((await app.request('/api/session', { headers: { cookie } })).status).toBe(401);
    }
  });
});

describeEachDatabase('rate limits', (getDb) => {
  const settings = {
    signInPerClientPerMinute: 4,
    signInPerAccountPerMinute: 3,
    objectionsPerClientPerHour: 2,
    objectionLookupsPerClientPerHour: 3,
    trustProxy: true,
  };

  it('per account: 429 in Chinese and English, whatever the client, until the minute is over', async () => {
    const db = getDb();
    const clock = fixedClock(new Date('2026-03-02T01:00:00Z'));
    const app = testApp(db, { clock, rateLimits: rateLimits(settings, clock) });
    const account = await seedAccount(db, { role: 'admin' });
    const from = (address: string, lang = 'zh'): RequestInit => {
      const request = jsonRequest('POST', credentials(account), { lang });
      return {
        ...request,
        headers: { ...(request.headers as object), 'x-forwarded-for': address },
      };
    };
    for (let i = 1; i <= 3; i++) {
      expect((await app.request('/api/session', from(`198.51.100.${i}`))).status).toBe(200);
    }
    const zh = await app.request('/api/session', from('198.51.100.9'));
    expect(zh.status).toBe(429);
    expect(((await zh.json()) as ErrorJson).error.message).toBe(
      '登录尝试过于频繁，请 1 分钟后再试',
    );
    const en = await app.request('/api/session', from('198.51.100.10', 'en'));
    expect(((await en.json()) as ErrorJson).error.message).toBe(
      'Too many sign-in attempts; try again in 1 minute',
    );
    clock.advance(60_000);
    expect((await app.request('/api/session', from('198.51.100.11'))).status).toBe(200);
  });

  it('per client address, sign-ins and the public objection form alike', async () => {
    const db = getDb();
    const clock = fixedClock(new Date('2026-03-02T01:00:00Z'));
    const app = testApp(db, { clock, rateLimits: rateLimits(settings, clock) });
    const guess = (n: number) => {
      const request = jsonRequest('POST', { loginName: `guess.${n}`, password: 'Guess#12345' });
      return {
        ...request,
        headers: { ...(request.headers as object), 'x-forwarded-for': '192.0.2.1' },
      };
    };
    const statuses: number[] = [];
    for (let n = 0; n < 6; n++) statuses.push((await app.request('/api/session', guess(n))).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);

    const objection = () => {
      const request = jsonRequest('POST', {});
      return {
        ...request,
        headers: { ...(request.headers as object), 'x-forwarded-for': '192.0.2.2' },
      };
    };
    const filed: number[] = [];
    for (let n = 0; n < 3; n++) {
      filed.push((await app.request('/api/public/hq/objections', objection())).status);
    }
    expect(filed).toEqual([400, 400, 429]);

    // Looking up an outcome by receipt number: its own window, so guessing numbers stops soon.
    const lookup = (receiptNo: string) => {
      const request = jsonRequest('POST', { receiptNo });
      return {
        ...request,
        headers: { ...(request.headers as object), 'x-forwarded-for': '192.0.2.2' },
      };
    };
    const looked: number[] = [];
    for (const no of ['YY20260302-AAAAAA', 'YY20260302-BBBBBB', 'bad', 'YY20260302-CCCCCC']) {
      looked.push((await app.request('/api/public/hq/objection-lookup', lookup(no))).status);
    }
    expect(looked).toEqual([404, 404, 400, 429]);
  });
});
