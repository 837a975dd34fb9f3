import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../../src/auth/clock.ts';
import { LOCK_MS } from '../../src/auth/policy.ts';
import { verifyAuditChain } from '../../src/store/audit.ts';
import { auditLog } from '../../src/store/schema/audit.ts';
import type { ApiApp } from '../../src/server/env.ts';
import { ROLES, type Role } from '../../src/workflow/actor.ts';
import { describeEachDatabase } from '../support/databases.ts';
import {
  cookieFrom,
  credentials,
  jsonRequest,
  seedAccount,
  signIn,
  testApp,
  type ErrorJson,
  type TestAccount,
} from './support.ts';

const SOME_ID = '0b7e3c1e-5d1a-4f7e-9a53-3c0b2f0d9e11';
const ORIGIN = 'http://localhost';

/** Every administrator route, with a body that would be valid. */
const ADMIN_ROUTES: { method: string; path: string; body?: unknown }[] = [
  { method: 'GET', path: '/api/accounts' },
  {
    method: 'POST',
    path: '/api/accounts',
    body: { loginName: 'x.y.z', displayName: 'X', role: 'city_bureau', password: 'Valid-pass#7' },
  },
  { method: 'GET', path: `/api/accounts/${SOME_ID}` },
  { method: 'POST', path: `/api/accounts/${SOME_ID}/disable` },
  { method: 'POST', path: `/api/accounts/${SOME_ID}/enable` },
  { method: 'PUT', path: `/api/accounts/${SOME_ID}/password`, body: { password: 'Valid-pass#7' } },
];

function call(app: ApiApp, route: (typeof ADMIN_ROUTES)[number], cookie?: string, lang?: string) {
  const init = jsonRequest(route.method, route.body, { cookie, lang });
  (init.headers as Record<string, string>).origin = ORIGIN;
  return app.request(route.path, init);
}

const SCOPE: Record<Role, Record<string, string>> = {
  enterprise: { enterpriseUscc: '91330300MA07YARR9W' },
  county_office: { jurisdiction: '鹿城区' },
  department: { department: 'tax' },
  city_bureau: {},
  leading_group: {},
  water_office: { office: 'finance' },
  water_county: { jurisdiction: '瑞安市' },
  relief_office: { office: 'medical_insurance' },
  relief_township: { jurisdiction: '文成县', township: '大峃镇' },
  admin: {},
};

describeEachDatabase('account administration', (getDb) => {
  let app: ApiApp;
  let admin: TestAccount;
  let adminCookie: string;
  const clock = fixedClock(new Date('2026-03-02T01:00:00Z'));

  beforeAll(async () => {
    app = testApp(getDb(), { clock });
    admin = await seedAccount(getDb(), { role: 'admin' });
    adminCookie = await signIn(app, admin);
  });

  it('refuses every administrator route without a session (401)', async () => {
    for (const route of ADMIN_ROUTES) {
      const response = await call(app, route);
      expect(response.status, `${route.method} ${route.path}`).toBe(401);
      expect(((await response.json()) as ErrorJson).error.code).toBe('not_signed_in');
    }
  });

  it('refuses every administrator route to every other role (403), before validating the body', async () => {
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      const account = await seedAccount(getDb(), { role, ...SCOPE[role] });
      const cookie = await signIn(app, account);
      for (const route of ADMIN_ROUTES) {
        const response = await call(app, { ...route, body: route.body && {} }, cookie);
        expect(response.status, `${role}: ${route.method} ${route.path}`).toBe(403);
        const { error } = (await response.json()) as ErrorJson;
        expect(error.code).toBe('forbidden');
        expect(error.message).toContain('无权管理账户');
      }
    }
    const enterprise = await seedAccount(getDb(), { role: 'enterprise', ...SCOPE.enterprise });
    const response = await call(app, ADMIN_ROUTES[0]!, await signIn(app, enterprise), 'en');
    expect(((await response.json()) as ErrorJson).error.message).toBe(
      'You may not manage accounts: this is for administrator accounts only, and you are signed in as enterprise',
    );
  });

  it('creates an account that can sign in, and audits it', async () => {
    const created = await app.request(
      '/api/accounts',
      jsonRequest(
        'POST',
        {
          loginName: 'County.Ruian',
          displayName: '瑞安市投资促进中心',
          role: 'county_office',
          jurisdiction: '瑞安市',
          password: 'Ruian-check#26',
        },
        { cookie: adminCookie },
      ),
    );
    expect(created.status).toBe(201);
    const account = (await created.json()) as { id: string; loginName: string };
    expect(account).toMatchObject({ loginName: 'county.ruian', jurisdiction: '瑞安市' });
    expect(account).not.toHaveProperty('passwordHash');
    await signIn(app, { id: account.id, loginName: 'county.ruian', password: 'Ruian-check#26' });

    const [record] = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, account.id), eq(auditLog.action, 'account.create')));
    expect(record?.actor).toBe(admin.id);
    expect(JSON.stringify(record?.after)).not.toContain('argon2');
  });

  it('names every bad field of a new account, in zh and en', async () => {
    const body = {
      loginName: '王',
      displayName: '某企业',
      role: 'enterprise',
      jurisdiction: '鹿城区',
      password: 'short',
    };
    const zh = await app.request(
      '/api/accounts',
      jsonRequest('POST', body, { cookie: adminCookie }),
    );
    expect(zh.status).toBe(400);
    const zhIssues = ((await zh.json()) as ErrorJson).error.issues;
    expect(zhIssues.map((i) => [i.path, i.code])).toEqual([
      ['loginName', 'login_name_format'],
      ['jurisdiction', 'scope_not_for_role'],
      ['enterpriseUscc', 'scope_required'],
      ['password', 'password_too_short'],
      ['password', 'password_too_simple'],
    ]);
    expect(zhIssues[0]?.message).toMatch(/^登录名：应为 3 至 64 位/);
    expect(zhIssues[2]?.message).toBe('企业统一社会信用代码：企业账户必须填写');

    const en = await app.request(
      '/api/accounts',
      jsonRequest('POST', body, { cookie: adminCookie, lang: 'en-US,en;q=0.9' }),
    );
    const enIssues = ((await en.json()) as ErrorJson).error.issues;
    expect(enIssues[3]?.message).toBe('Password must be at least 10 characters long; it has 5');
  });

  it('refuses a login name already in use (409)', async () => {
    const taken = await seedAccount(getDb(), { role: 'city_bureau' });
    const response = await app.request(
      '/api/accounts',
      jsonRequest(
        'POST',
        {
          loginName: taken.loginName,
          displayName: 'X',
          role: 'city_bureau',
          password: 'Valid-pass#7',
        },
        { cookie: adminCookie },
      ),
    );
    expect(response.status).toBe(409);
    expect(((await response.json()) as ErrorJson).error.code).toBe('login_name_taken');
  });

  it('disables an account, ending its sessions, and enables it again', async () => {
    const user = await seedAccount(getDb(), { role: 'city_bureau' });
    const userCookie = await signIn(app, user);
    const disable = { method: 'POST', path: `/api/accounts/${user.id}/disable` };
    const response = await call(app, disable, adminCookie);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { disabledAt: string | null }).disabledAt).not.toBeNull();
    expect((await app.request('/api/session', { headers: { cookie: userCookie } })).status).toBe(
      401,
    );
    expect((await app.request('/api/session', jsonRequest('POST', credentials(user)))).status).toBe(
      401,
    );

    await call(app, { method: 'POST', path: `/api/accounts/${user.id}/enable` }, adminCookie);
    await signIn(app, user);
  });

  it('will not let an administrator disable their own account', async () => {
    const response = await call(
      app,
      { method: 'POST', path: `/api/accounts/${admin.id}/disable` },
      adminCookie,
    );
    expect(response.status).toBe(409);
  });

  it('resets a password: the rules apply, the lock lifts, old sessions end', async () => {
    const user = await seedAccount(getDb(), { role: 'leading_group' });
    const oldCookie = await signIn(app, user);
    for (let i = 0; i < 5; i++) {
      await app.request(
        '/api/session',
        jsonRequest('POST', { loginName: user.loginName, password: 'Wrong-pass#1' }),
      );
    }
    const list = await app.request('/api/accounts?role=leading_group', {
      headers: { cookie: adminCookie },
    });
    const { accounts } = (await list.json()) as { accounts: { id: string; lockedUntil: string }[] };
    expect(accounts.find((a) => a.id === user.id)?.lockedUntil).toBe(
      new Date(clock.now().getTime() + LOCK_MS).toISOString(),
    );

    const path = `/api/accounts/${user.id}/password`;
    const weak = await call(
      app,
      { method: 'PUT', path, body: { password: user.loginName } },
      adminCookie,
    );
    expect(weak.status).toBe(400);
    expect(((await weak.json()) as ErrorJson).error.issues.map((i) => i.code)).toContain(
      'password_is_login_name',
    );

    const reset = await call(
      app,
      { method: 'PUT', path, body: { password: 'Fresh-start#26' } },
      adminCookie,
    );
    expect(reset.status).toBe(200);
    expect((await app.request('/api/session', { headers: { cookie: oldCookie } })).status).toBe(
      401,
    );
    const fresh = await app.request(
      '/api/session',
      jsonRequest('POST', { loginName: user.loginName, password: 'Fresh-start#26' }),
    );
    expect(fresh.status).toBe(200);
    cookieFrom(fresh);
  });

  it('answers 404 for an account that does not exist, and names a malformed id', async () => {
    const missing = await app.request(`/api/accounts/${SOME_ID}`, {
      headers: { cookie: adminCookie },
    });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as ErrorJson).error.message).toBe('未找到该账户');
    const malformed = await app.request('/api/accounts/42?lang=en', {
      headers: { cookie: adminCookie },
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as ErrorJson).error.issues).toEqual([
      {
        path: 'id',
        code: 'invalid_format',
        message: 'Account id must be a UUID such as 0b7e3c1e-5d1a-4f7e-9a53-3c0b2f0d9e11',
      },
    ]);
  });

  it('refuses a cross-site form post even with a session cookie', async () => {
    const response = await app.request(`/api/accounts/${admin.id}/enable`, {
      method: 'POST',
      headers: {
        cookie: adminCookie,
        origin: 'https://evil.example',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: '',
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as ErrorJson).error.code).toBe('cross_site_refused');
  });

  it('leaves an intact audit chain', async () => {
    expect((await verifyAuditChain(getDb())).ok).toBe(true);
  });
});
