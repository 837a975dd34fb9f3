import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/auth/clock.ts';
import { login, LOGIN_REFUSED } from '../../src/auth/login.ts';
import { DEFAULT_SESSION_POLICY, LOCK_MS } from '../../src/auth/policy.ts';
import { resolveSession } from '../../src/auth/sessions.ts';
import { verifyAuditChain } from '../../src/store/audit.ts';
import { auditLog } from '../../src/store/schema/audit.ts';
import { describeEachDatabase } from '../support/databases.ts';
import {
  cookieFrom,
  credentials,
  jsonRequest,
  seedAccount,
  testApp,
  type ErrorJson,
} from './support.ts';

describe('the sign-in refusal', () => {
  it('states the lockout rule in both languages', () => {
    expect(LOGIN_REFUSED.zh).toContain('连续 5 次密码错误后将锁定 15 分钟');
    expect(LOGIN_REFUSED.en).toContain('locked for 15 minutes');
  });
});

describeEachDatabase('sign-in and lockout', (getDb) => {
  it('locks after 5 wrong passwords, refuses the right one while locked, allows it after 15 minutes', async () => {
    const db = getDb();
    const account = await seedAccount(db, { role: 'city_bureau' });
    const clock = fixedClock(new Date('2026-03-02T01:00:00Z'));
    const wrong = { loginName: account.loginName, password: 'Wrong-pass#1' };
    const right = { loginName: account.loginName, password: account.password };

    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await login(db, wrong, clock)).ok).toBe(false);
    }
    const locked = await login(db, right, clock);
    expect(locked).toEqual({ ok: false, code: 'login_refused', message: LOGIN_REFUSED });

    clock.advance(LOCK_MS - 1000);
    expect((await login(db, right, clock)).ok).toBe(false);
    clock.advance(1000);
    const after = await login(db, right, clock);
    expect(after.ok).toBe(true);

    const actions = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, account.id));
    const failed = Array<string>(5).fill('session.login_failed');
    expect(actions.map((a) => a.action)).toEqual([
      'account.create',
      ...failed,
      'account.lock',
      // The right password twice while locked: refused and recorded as such.
      'session.login_failed',
      'session.login_failed',
      'session.login',
    ]);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('starts the count again after a success', async () => {
    const db = getDb();
    const account = await seedAccount(db, { role: 'leading_group' });
    const clock = fixedClock(new Date('2026-03-02T01:00:00Z'));
    const wrong = { loginName: account.loginName, password: 'Wrong-pass#1' };
    for (let i = 0; i < 4; i++) await login(db, wrong, clock);
    expect((await login(db, account, clock)).ok).toBe(true);
    for (let i = 0; i < 4; i++) await login(db, wrong, clock);
    expect((await login(db, account, clock)).ok).toBe(true);
  });

  it('gives an unknown name the same answer as a wrong password', async () => {
    const db = getDb();
    const account = await seedAccount(db, { role: 'admin' });
    const unknown = await login(db, { loginName: 'nobody.here', password: account.password });
    const wrong = await login(db, { loginName: account.loginName, password: 'Wrong-pass#1' });
    expect(unknown).toEqual(wrong);
  });

  it('accepts the login name in any case and with spaces around it', async () => {
    const db = getDb();
    const account = await seedAccount(db, { role: 'admin' });
    const result = await login(db, {
      loginName: ` ${account.loginName.toUpperCase()} `,
      password: account.password,
    });
    expect(result.ok).toBe(true);
  });

  it('answers 401 with the lockout message over HTTP, in zh and en', async () => {
    const db = getDb();
    const account = await seedAccount(db, { role: 'admin' });
    const app = testApp(db);
    const body = { loginName: account.loginName, password: 'Wrong-pass#1' };
    const zh = await app.request('/api/session', jsonRequest('POST', body));
    expect(zh.status).toBe(401);
    expect(((await zh.json()) as ErrorJson).error.message).toBe(LOGIN_REFUSED.zh);
    const en = await app.request('/api/session?lang=en', jsonRequest('POST', body));
    expect(((await en.json()) as ErrorJson).error).toMatchObject({
      code: 'login_refused',
      message: LOGIN_REFUSED.en,
      issues: [],
    });
  });
});

describeEachDatabase('sessions', (getDb) => {
  const SESSION_IDLE_MS = DEFAULT_SESSION_POLICY.idleMs;
  const SESSION_MAX_MS = DEFAULT_SESSION_POLICY.maxMs;

  it('end after 30 idle minutes, but not while in use', async () => {
    const db = getDb();
    const account = await seedAccount(db, { role: 'city_bureau' });
    const clock = fixedClock(new Date('2026-03-02T01:00:00Z'));
    const result = await login(db, account, clock);
    if (!result.ok) throw new Error('sign-in failed');

    // Used every 25 minutes: the idle limit moves with each request.
    clock.advance(25 * 60_000);
    expect((await resolveSession(db, result.token, clock))?.actor.accountId).toBe(account.id);
    clock.advance(25 * 60_000);
    expect((await resolveSession(db, result.token, clock))?.loginName).toBe(account.loginName);

    clock.advance(SESSION_IDLE_MS);
    expect(await resolveSession(db, result.token, clock)).toBeNull();
    // Deleted, not just refused: it stays gone even if the clock went back.
    clock.advance(-SESSION_IDLE_MS);
    expect(await resolveSession(db, result.token, clock)).toBeNull();
  });

  it('end after 12 hours even when used all along', async () => {
    const db = getDb();
    const account = await seedAccount(db, { role: 'city_bureau' });
    const clock = fixedClock(new Date('2026-03-02T01:00:00Z'));
    const result = await login(db, account, clock);
    if (!result.ok) throw new Error('sign-in failed');
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      clock.advance(20 * 60_000);
      expect(await resolveSession(db, result.token, clock)).not.toBeNull();
    }
    clock.set(new Date(new Date('2026-03-02T01:00:00Z').getTime() + SESSION_MAX_MS));
    expect(await resolveSession(db, result.token, clock)).toBeNull();
  });

  it('ignore tokens that are unknown or malformed', async () => {
    const db = getDb();
    expect(await resolveSession(db, 'x'.repeat(43))).toBeNull();
    expect(await resolveSession(db, "'; drop table sessions; --")).toBeNull();
    expect(await resolveSession(db, undefined)).toBeNull();
  });

  it('over HTTP: 401 without a session, who-am-I with one, 401 again after sign-out and after expiry', async () => {
    const db = getDb();
    const clock = fixedClock(new Date('2026-03-02T01:00:00Z'));
    const app = testApp(db, { clock });
    const account = await seedAccount(db, {
      role: 'county_office',
      jurisdiction: '瑞安市',
      displayName: '瑞安市投资促进部门',
    });

    const anonymous = await app.request('/api/session');
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as ErrorJson).error.code).toBe('not_signed_in');

    const signIn = await app.request('/api/session', jsonRequest('POST', credentials(account)));
    expect(signIn.status).toBe(200);
    const setCookie = signIn.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/); // plain http://localhost
    const cookie = cookieFrom(signIn);

    const me = await app.request('/api/session?lang=en', { headers: { cookie } });
    expect(await me.json()).toMatchObject({
      loginName: account.loginName,
      role: 'county_office',
      roleLabel: 'County investment-promotion office',
      jurisdiction: '瑞安市',
    });

    const out = await app.request('/api/session', {
      method: 'DELETE',
      headers: { cookie, origin: 'http://localhost' },
    });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/pingding_session=;/);
    expect((await app.request('/api/session', { headers: { cookie } })).status).toBe(401);

    const again = cookieFrom(
      await app.request('/api/session', jsonRequest('POST', credentials(account))),
    );
    clock.advance(SESSION_IDLE_MS);
    const expired = await app.request('/api/session', { headers: { cookie: again } });
    expect(expired.status).toBe(401);
    expect(((await expired.json()) as ErrorJson).error.message).toContain('登录已过期');
    // The dead cookie is cleared.
    expect(expired.headers.get('set-cookie')).toMatch(/pingding_session=;/);
  });
});
